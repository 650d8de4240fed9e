"""Claim cards: what the entry does, is used for, consists of, can be, and why.

Made from prose sentences whose subject is the entry ('CDNs make ...', 'It stores ...'
right after one naming it): each predicate is matched against the shapes of
`cards.makers.claim_shapes`, first match wins, and a negative claim ('HTTPS does not
hide ...') is asked as true or false. A sentence opening on a condition ('When one
server fails, the load balancer ...') gives 'What does X do when ...?'. No two claims of
an entry ask the same question, and none repeats what its definition card answers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from cards.defining import NAME_ORIGIN, past_aside, without_their_name_for_it
from cards.glossary import says_it_compares
from cards.makers.claim_shapes import (
    MADE_BY,
    acts,
    claim_of,
    verb_claim,
    without_second_verb,
)
from cards.makers.prose import (
    CODE,
    DIFFERS_FROM,
    broke_off,
    cut_off,
    last_item,
    sentences_of,
    stands_alone,
)
from cards.makers.true_false import true_or_false_card
from cards.model import Answering, Card, CardKind, Item, Section, SectionKind
from cards.names import same_name
from cards.sentences import (
    FUNCTION_VERBS,
    content_words,
    lower_first,
    plural_ending,
    strip_end,
    upper_first,
    words,
)

if TYPE_CHECKING:
    from cards.makers.context import Context


# A concession before the claim ('Although not a strict subset, JSON resembles ...'):
# the claim stands without it.
_CONCESSION = re.compile(
    r"^(?:(?:although|though|even though|while)\b[^,]{3,80},|but|and|yet|however,)\s+(?=\S)", re.I
)
# A condition before the claim: 'When one server fails, the load balancer stops ...'.
_CONDITION_FIRST = re.compile(
    r"^(?P<condition>(?:when|whenever|if|once|after|before)\b[^,]{6,100}),\s+(?=\S)", re.I
)
# 'also' before a predicate adds to what was said before, 'thus' draws it from that; the
# claim stands without either.
_ALSO = re.compile(
    r"^(?:also|thus|hence|therefore|consequently|in\s+turn|sometimes|perhaps|nowadays)\s+"
    r"(?=[a-z])",
    re.I,
)
# A sentence that goes on about the entry by pronoun, right after one naming it; not the
# 'it' of 'It is common to perform ...', which stands for the clause after it.
_PRONOUN_SUBJECT = re.compile(
    r"^(?:it|they)\s+(?!(?:is|was|'s)\s+(?:\w+\s+){0,2}(?:common|usual|possible|important|"
    r"necessary|best|easy|hard|difficult|recommended|advisable|useful|helpful|wise|"
    r"good|better|normal|typical|rare|customary)\s+(?:to|for|that)\b)(?=[a-z])",
    re.I,
)


_LEANING = re.compile(r"\b(?:those|these|such|the above|the following|aforementioned)\b", re.I)


def said_in_plural(said: str) -> bool:
    """Whether a sentence names the entry in the plural ('CDNs make ...', 'Cookies are')."""
    return plural_ending(said) and said[-1].islower()


def _asked_as(ctx: Context, said: str) -> tuple[str, bool]:
    """How a question about a sentence's subject names the entry, and whether in the plural.

    'CDNs make ...' -> ('CDNs', True); 'Cookies are ...' -> ('cookies', True); a singular
    subject is asked by the entry's usual mention ('a cookie').
    """
    if not said_in_plural(said):
        if not same_name(said, ctx.entry.title) and not same_name(said, ctx.mention):
            # 'Authentication asks ...' in Auth: the page says it of the narrower name.
            return _with_article(ctx, said), False
        return ctx.mention, False
    if any(char.isupper() for char in said[1:]) or ctx.mention[-1:].isupper():
        return said, True  # 'CDNs', 'APIs': written in capitals wherever they stand
    return lower_first(said), True


def _with_article(ctx: Context, said: str) -> str:
    """Another name of the entry as a question names it: 'the front end', 'authentication'.
    A name in capitals word by word ('Wide Area Network') is kept as it is written."""
    as_written = said if len(said.split()) > 1 and said.istitle() else lower_first(said)
    pattern = re.compile(rf"\b(the|a|an)\s+{re.escape(said)}\b", re.I)
    for _, _, sentence in sentences_of(ctx.entry, SectionKind.SUMMARY, SectionKind.EXPLANATION):
        if (found := pattern.search(sentence)) is not None:
            return f"{found[1].lower()} {as_written}"
    return as_written


# A 'does' answer saying only that the thing comes about.
_JUST_HAPPENS = re.compile(r"^(?:occurs?|happens?|arises?|takes\s+place)\b", re.I)


def conditional_claim_cards(ctx: Context) -> Iterator[Card]:
    """'When one server fails a health check, the load balancer stops sending it requests'
    -> 'What does a load balancer do when one server fails a health check?'."""
    kinds = (SectionKind.SUMMARY, SectionKind.EXPLANATION, SectionKind.OTHER)
    for section, item, sentence in sentences_of(ctx.entry, *kinds):
        found = _CONDITION_FIRST.match(sentence)
        if found is None or len(words(sentence)) > 40 or cut_off(sentence):
            continue
        claim = strip_end(sentence[found.end() :])
        subject = ctx.subject_and_rest(claim)
        if subject is None or subject[0] == "=":
            continue
        rest = subject[1]
        name, plural = _asked_as(ctx, claim[: len(claim) - len(rest)].strip())
        if not acts(rest, plural) or CODE.search(rest) or _LEANING.search(rest):
            continue  # 'delivers it from one of those servers': which servers?
        if _JUST_HAPPENS.match(rest):
            continue  # 'If one takes the pencil and ..., a deadlock occurs when ...'
        condition = lower_first(found["condition"])
        yield ctx.card(
            CardKind.CLAIM,
            Answering.SELF,
            f"What {'do' if plural else 'does'} {name} do {condition}?",
            upper_first(first_clause(rest)),
            section,
            item,
            explanation=sentence,
        )


def _made_by(sentence: str) -> bool:
    pronoun = _PRONOUN_SUBJECT.match(sentence)
    return pronoun is not None and MADE_BY.match(sentence[pronoun.end() :]) is not None


def about_entry(ctx: Context) -> Iterator[tuple[Section, Item, str, str, str]]:
    """(section, item, sentence, said, rest) for each prose sentence whose subject is the entry.

    'said' is how the sentence names it ('CDNs'), 'rest' the predicate. 'It ...' right
    after a sentence about the entry is about the entry too; a concession before the
    subject is dropped ('Though many languages support JSON, it is ...').
    """
    kinds = (SectionKind.SUMMARY, SectionKind.EXPLANATION, SectionKind.OTHER)
    before: tuple[Item, str] | None = None  # the last sentence about the entry, by name
    previous: Item | None = None  # the paragraph of the sentence before this one
    opened: tuple[Item, str] | None = None  # the last paragraph that began about the entry
    last = last_item(ctx.entry)
    for section, item, sentence in sentences_of(ctx.entry, *kinds):
        prior, previous = previous, item
        starts = item is not prior
        if broke_off(sentence, item, last):
            continue  # "... see content quickly (thanks to SSR) and then": the copy ends there
        origin = NAME_ORIGIN.match(sentence)
        if origin is not None and ctx.own.find(origin["name"]):
            # 'The name ransomware comes from ... . It blocks access to ...': what the
            # 'It' goes on to say is said of the entry
            before = opened = (item, origin["name"])
            continue
        unhedged = _CONCESSION.sub("", sentence)
        if not stands_alone(upper_first(unhedged)) and not _PRONOUN_SUBJECT.match(unhedged):
            before = None
            continue
        body = strip_end(unhedged)
        pronoun = _PRONOUN_SUBJECT.match(body)
        if pronoun is not None:
            # 'It' goes on about the entry within a paragraph about it, or opens the
            # paragraph after one that began about the entry ('A WebSocket is ... .' /
            # 'It is used for chat, ...'): a note's paragraphs go on about its subject.
            if starts and opened is not None and (opened[0] is prior or _made_by(body)):
                # ('It was made popular by Raymond Calvel ...' opening a later paragraph:
                # who made a thing is said of the page's subject, whatever came between)
                before = opened = (item, opened[1])
            if before is None or before[0] is not item:
                continue  # after a sentence about something else
            said = before[1]
            rest = body[pronoun.end() :]
        else:
            spans = ctx.own.find(body)
            subject = ctx.subject_and_rest(body, spans)
            if subject is None or subject[0] == "=":
                before = None
                continue
            said = body[spans[0][0] : spans[0][1]]
            rest = subject[1]
            before = (item, said)
            if starts:
                opened = before
        rest = _ALSO.sub("", rest)  # 'It also runs health checks': what it does, as any
        if len(words(sentence)) > 35 or cut_off(sentence) or CODE.search(rest):
            continue
        yield section, item, sentence, said, rest


# Where a predicate goes on to a second claim: 'to improve delivery, and can be deployed
# by anyone' answers its question with the part before.
_SECOND_CLAIM = re.compile(
    r",?\s+(?i:and|but)\s+(?i:can|could|is|are|may|might|will|should|also)\s|"
    # '... bump the MAJOR version under semver and typically require deprecation notice':
    # a verb of its own after how often (not 'and often overlooked': a participle)
    r"\s+and\s+(?:typically|usually|generally|normally|commonly|often|always|sometimes)\s+"
    r"(?!used\b|seen\b|done\b|[a-z]{3,}(?:ed|en)\b)[a-z]+\s|"
    # '... helps teams ship more safely, but it requires reliable observability': a
    # second claim, with its own subject
    r",\s+but\s+(?:it|they)\s+(?!is\b|are\b)[a-z]{3,}\b|"
    # '..., and Huffman coding represents those strings ...': another thing's claim
    r",\s+(?:and|while|whereas)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[a-z][\w-]*)?\s+[a-z]{3,}s\b|"
    # '... a vertical approach whereas TCP / IP follows ...': 'whereas' always turns away
    r",?\s+whereas\s"
)
# What the thing tells, a second claim after a short first one: 'is measured in
# milliseconds (ms) and reflects the speed at which ...' -> 'Milliseconds (ms).'
_WHAT_IT_TELLS = re.compile(
    r"\s+and\s+(?:reflects|represents|indicates|denotes|describes|expresses|quantifies)\s"
)


def first_clause(answer: str) -> str:
    """A claim's answer cut before a second claim joined to it."""
    told = _WHAT_IT_TELLS.search(answer)
    if told is not None and words(answer[: told.start()]):
        return strip_end(answer[: told.start()]) + "."
    head = _SECOND_CLAIM.split(answer, maxsplit=1)[0]
    return answer if len(words(head)) < 3 else strip_end(head) + "."


def opens_on_its_name(ctx: Context, answer: str) -> bool:
    """Whether an answer's first word, past an article, is a word of the entry's name."""
    said = words(re.sub(r"^(?:the|an?)\s+", "", answer, flags=re.I))[:1]
    if not said:
        return False
    first = said[0].casefold()
    named = {word.casefold() for name in ctx.entry.names for word in words(name)}
    return first in named or (first.endswith("s") and first[:-1] in named)


def _defined_by_doing(ctx: Context) -> bool:
    """Whether the definition says what the entry does ('Log shipping allows ...')."""
    spans = ctx.own.find(ctx.defined[:120])
    rest = past_aside(ctx.defined[spans[0][1] :]) if spans and spans[0][0] <= 4 else ctx.defined
    first = words(rest)[:1]
    return bool(first) and first[0].lower() in FUNCTION_VERBS


def said_by_definition(ctx: Context, answer: str) -> bool:
    """Whether the definition card's answer already says most of `answer`."""
    defined = ctx.defined_words
    if not defined:
        return False
    said = content_words(answer)
    return bool(said) and len(said & defined) >= 0.5 * len(said)


# A second verb of the subject's, joined on with its own modal: '... or may load ...'.
_SECOND_MODAL = re.compile(r",?\s+(?:or|and)\s+(?:may|can|might|could|will|must)\s+[a-z]+\b")

# The verbs of one effect of a thing's, of many it may have.
_EFFECT_VERBS = (
    r"(?:reduces?|lowers?|cuts?|increases?|improves?|prevents?|avoids?|eliminates?|"
    r"minimi[sz]es?|maximi[sz]es?)"
)
# A 'does' answer that is one such effect.
_ONE_EFFECT = re.compile(rf"^(?i:{_EFFECT_VERBS})\s")
# A second effect joined to the first: 'reduce latency and improve performance ...'.
_ANOTHER_EFFECT = re.compile(rf"\s+and\s+{_EFFECT_VERBS}\s")
# A claim's question that asks what the thing is, in other words.
_ASKS_WHAT_IT_IS = re.compile(
    r"^What (?:does|do) .{1,80}? (?:actually |really |simply )?(?:describe|denote|mean|refer to)\?$"
)
# An answer that holds back its point for a 'but also' after it.
# ('Serves not only as a technical element.': after the verb the question leaves)
_NOT_ONLY = re.compile(r"^(?:to\s+)?(?:[a-z]+s\s+)?not\s+only\b", re.I)
# A stock phrase as the whole answer, which says nothing of the concept (maybe after the
# verb a 'What does it do?' keeps: 'Combines the best of both worlds.').
_STOCK_PHRASE = re.compile(
    r"^(?:[a-z]+s\s+)?(?:the\s+)?"
    r"(?:best\s+of\s+both\s+worlds|win[- ]win|game[- ]changer|icing\s+on\s+the\s+cake)"
    r"\W*$",
    re.I,
)


def claim_cards(ctx: Context) -> Iterator[Card]:
    """The key claims of prose that names the entry as its subject.

    'CDNs make for fast service ...' -> 'What do CDNs do?'; 'CDNs are used widely for
    delivering stylesheets ...' -> 'What are CDNs used for?'; 'JSON can represent
    numbers, ...' -> 'What can JSON represent?'; 'HTTPS does not hide which sites you
    visit' -> a true statement to judge. No two claims ask the same question.
    """
    # ('What does log shipping do?' is the definition card's question when its answer
    # says what the entry does: 'Allows automatic sending of ...')
    asked: set[str] = {"does"} if _defined_by_doing(ctx) else set()
    for section, item, sentence, said, rest in ctx.about:
        if says_it_compares(section.heading):
            # 'A Bloom filter stores only bits, so it's tiny, but ...' under 'Bloom filter
            # vs hash set': one side of a comparison, which the contrast makers ask
            continue
        name, plural = _asked_as(ctx, said)
        rest = without_their_name_for_it(rest)  # ('or “stopper knot” as sailors call it, is')
        body = strip_end(sentence)
        if _PRONOUN_SUBJECT.match(sentence):
            body = f"{name} {strip_end(rest)}"  # 'They do not ...': the card names them
        claim = claim_of(rest, body, name, plural)
        if claim is None:
            continue
        shape, prompt, answer = claim
        answer = first_clause(answer)
        second = _SECOND_MODAL.search(answer)
        if second is not None and shape not in ("not", "why", "when"):
            # 'What may an SPA retrieve?' -> 'All of its code on the initial load or may
            # load resources dynamically ...': the second verb answers another question
            answer = answer[: second.start()] + "."
        if shape != "not" and opens_on_its_name(ctx, answer):
            # 'What does data replication copy?' -> 'Data from one server to another ...':
            # the question's own word, said back as the answer's head
            continue
        if DIFFERS_FROM.match(strip_end(rest)):
            # 'What does non-repudiation differ from?': from countless things; how it
            # differs is the point, which the question does not ask
            continue
        if _NOT_ONLY.match(answer):
            # 'What does chain of custody apply?' -> 'Not only to the physical hardware
            # ...': its point was in the 'but also' cut off after it
            continue
        if _STOCK_PHRASE.match(answer):
            continue  # 'What does hydration combine?' -> 'The best of both worlds.'
        if shape == "does" and _JUST_HAPPENS.match(answer):
            # 'What does a deadlock do if one person takes the pencil ...?' -> 'Occurs when
            # ...': when it comes about, which is nothing it does
            continue
        if _ASKS_WHAT_IT_IS.match(prompt) and ctx.defining is not None:
            # 'What does legacy code actually describe?' beside 'What is legacy code?':
            # the same question, with another answer
            continue
        if shape != "not" and said_by_definition(ctx, answer):
            continue  # 'What does authentication do?' beside 'What is authentication?'
        if shape == "does" and ("does" in asked or _ONE_EFFECT.match(answer)):
            # ('What do merge queues do?' -> 'Reduce the chance that ...': one of the many
            # things they do; 'What do merge queues reduce?' asks for it alone)
            claim = verb_claim(rest, name, plural)
            if claim is None:
                continue
            shape, prompt, answer = claim
            # ('What do edge locations reduce?' -> 'Latency.', not '... and improve ...';
            # 'What does log shipping provide?' -> 'A disaster recovery solution.', not
            # '... and supports limited read-only access ...')
            answer = _ANOTHER_EFFECT.split(answer, maxsplit=1)[0].rstrip(",.") + "."
            answer = without_second_verb(answer)
        leaning = not item.text.startswith(sentence) and not _PRONOUN_SUBJECT.match(sentence)
        if shape == "does" and section.kind is SectionKind.SUMMARY and leaning:
            continue  # a summary's later sentences lean on its first
        # ('What will PVCs bind to?' after 'What do PVCs bind to?': one question)
        question = _AUXILIARY.sub(r"\1 ", prompt.lower())
        if question in asked or (shape in asked and shape in _ONCE):
            continue
        asked.update((shape, question))
        if shape == "not" and introduced_elsewhere(ctx, prompt):
            continue  # 'does not keep the shop's stock list': which shop?
        if shape == "not" and _POINTS_BACK_AT_END.search(prompt):
            continue  # 'a closure is not a copy of them?': of what, the card does not show
        if shape == "not":
            yield true_or_false_card(ctx, prompt, True, section, item, sentence)
        else:
            yield ctx.card(
                CardKind.CLAIM,
                Answering.SELF,
                prompt,
                answer,
                section,
                item,
                explanation=sentence,
            )


# What the entry is for, said with it after 'of': 'The point of a levain is that you
# don't use up your starter', 'The main purpose of a firewall is to keep ...'.
_PURPOSE = re.compile(
    r"^(?:the\s+)?(?:(?:main|whole|real|chief|key|primary)\s+)?(?P<word>point|purpose|aim|goal)"
    r"\s+of\s+(?:(?:the|a|an)\s+)?(?P<said>[^,;:]+?)\s+is\s+(?:simply\s+)?(?P<how>to|that)\s+"
    r"(?P<what>[a-z].{8,})$",
    re.I,
)


def purpose_cards(ctx: Context) -> Iterator[Card]:
    """'The point of a levain is that you don't use up your starter' -> 'What is the point
    of a levain?'. What a thing is for is often said this way in a learner's own notes,
    with the thing after 'of', where the claims about it as a subject do not look."""
    kinds = (SectionKind.SUMMARY, SectionKind.EXPLANATION, SectionKind.OTHER)
    for section, item, sentence in sentences_of(ctx.entry, *kinds):
        found = _PURPOSE.match(strip_end(sentence))
        if found is None or cut_off(sentence) or not stands_alone(sentence):
            continue
        said, what = found["said"], found["what"]
        if ctx.own.find(said) != [(0, len(said))] or _LEANING.search(what):
            continue  # the purpose of something else, or of 'those steps'
        if len(words(what)) > 30:
            continue  # an argument, not an answer to learn
        answer = f"To {what}." if found["how"].lower() == "to" else f"{upper_first(what)}."
        prompt = f"What is the {found['word'].lower()} of {ctx.mention}?"
        yield ctx.card(
            CardKind.CLAIM, Answering.SELF, prompt, answer, section, item, explanation=sentence
        )
        return  # one purpose is the entry's; a second is a part of the first


# Who first made or told of a thing, and when, said with the doer first: 'William Pugh
# invented skip lists in 1989', 'Burton Howard Bloom described it in 1970, in a paper ...'.
_DOER_FIRST = re.compile(
    # (a name's particles in small letters: 'Rene de la Briandais', 'Guido van Rossum')
    r"^(?P<who>[A-Z][\w.'’-]+(?:\s+(?:(?:de|la|le|van|von|der|den|du|di|da)\s+)*"
    r"[A-Z][\w'’-]+){1,3})\s+(?P<first>first\s+)?"
    r"(?P<done>invented|described|created|developed|designed|coined|introduced|proposed|"
    r"discovered|formulated)\s+(?P<what>it|them|[^,;]{2,60}?)\s+in\s+(?P<year>1\d{3}|20\d{2})\b"
)


def inventor_cards(ctx: Context) -> Iterator[Card]:
    """'William Pugh invented skip lists in 1989 ...' -> 'Who invented skip lists?' ->
    'William Pugh, in 1989.' The thing is the entry, by name or as the 'it' that opens a
    paragraph (a note's section on who came up with it); one such card an entry."""
    kinds = (SectionKind.SUMMARY, SectionKind.EXPLANATION, SectionKind.OTHER)
    for section, item, sentence in sentences_of(ctx.entry, *kinds):
        found = _DOER_FIRST.match(sentence)
        if found is None:
            continue
        what = found["what"]
        if what in ("it", "them"):
            if not item.text.startswith(sentence):
                continue  # 'it' within a paragraph may be anything the sentence before named
        elif ctx.own.find(what) != [(0, len(what))]:
            continue  # another thing he made
        first = "first " if found["first"] else ""
        # ('skip lists' as the page says it, in the plural; 'it' by the entry's mention)
        name = ctx.mention if what in ("it", "them") else _asked_as(ctx, what)[0]
        yield ctx.card(
            CardKind.CLAIM,
            Answering.SELF,
            f"Who {first}{found['done']} {name}?",
            f"{found['who']}, in {found['year']}.",
            section,
            item,
            explanation=sentence,
        )
        return


# 'the shop's', 'the company's': a thing the page brought in before, which the card alone
# leaves unknown. The roles every system has need no introduction.
_THE_OWNER = re.compile(r"\bthe\s+(?P<owner>[a-z][a-z-]+)['’]s?\s", re.I)
_ROLES = frozenset(
    (
        *("user", "users", "browser", "server", "servers", "client", "system", "application"),
        *("app", "page", "site", "website", "request", "computer", "device", "owner", "person"),
        *("developer", "developers", "program", "network", "world", "internet", "data", "file"),
    )
)


def introduced_elsewhere(ctx: Context, statement: str) -> bool:
    """Whether a statement names a thing's belongings that an earlier sentence introduced."""
    for found in _THE_OWNER.finditer(statement):
        owner = found["owner"].lower()
        if owner not in _ROLES and not ctx.concepts.find(found["owner"]):
            return True
    return False


# A statement ending on a word that points back to the sentence before: '... of them?'.
_POINTS_BACK_AT_END = re.compile(r"\b(?:them|it|this|these|those|that)[.?]?$", re.I)
# The auxiliary after a question word, which leaves the question the same.
_AUXILIARY = re.compile(
    r"^(what|why|when|how|where)\s+(?:do|does|did|will|would|can|could|may|might|must|should)\s+"
)
# Shapes asked once per entry: a second 'What are X used for?' would be the same question.
_ONCE = frozenset({"parts", "used", "useful", "measured", "does"})
