"""Claim cards: what the entry does, is used for, consists of, can be, and why.

Made from prose sentences whose subject is the entry ('CDNs make ...', 'It stores ...'
right after one naming it): each predicate is matched against a few shapes, first match
wins, and a negative claim ('HTTPS does not hide ...') is asked as true or false. A
sentence opening on a condition ('When one server fails, the load balancer ...') gives
'What does X do when ...?'.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from cards.makers.prose import CODE, cut_off, sentences_of, stands_alone
from cards.makers.true_false import true_or_false_card
from cards.model import Answering, Card, CardKind, Item, Section, SectionKind
from cards.rules import TRUE_FALSE
from cards.sentences import content_words, lower_first, strip_end, upper_first, words

if TYPE_CHECKING:
    from cards.makers.context import Context


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
    ]
)
_USED = re.compile(r"^(?:is|are)\s+(?:\w+ly\s+)?used\s+(?P<how>for|to)\s+(?P<use>.{8,})$", re.I)
# 'consists of three parts: a header, a payload and a signature' -> its parts.
_PARTS = re.compile(
    r"^(?:consists? of|is made up of|are made up of|is composed of|are composed of|"
    r"has (?:two|three|four|five|\d) (?:main )?parts:?)\s+(?P<parts>.{8,})$",
    re.I,
)
# 'can be set and modified at the server level using ...' -> how, and the means.
_PASSIVE = re.compile(
    r"^(?P<modal>can|may|could|must|should)\s+be\s+"
    r"(?P<done>[a-z]+(?:ed|en|wn|t)(?:,?\s+(?:and|or)\s+[a-z]+(?:ed|en|wn|t))?)\s+"
    r"(?P<means>(?:by|using|with|through|via|from|at|in|on)\s.{6,})$",
    re.I,
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


# A concession before the claim ('Although not a strict subset, JSON resembles ...'):
# the claim stands without it.
_CONCESSION = re.compile(
    r"^(?:(?:although|though|even though|while)\b[^,]{3,80},|but|and|yet|however,)\s+(?=\S)", re.I
)
# A condition before the claim: 'When one server fails, the load balancer stops ...'.
_CONDITION_FIRST = re.compile(
    r"^(?P<condition>(?:when|whenever|if|once|after|before)\b[^,]{6,100}),\s+(?=\S)", re.I
)
# A sentence that goes on about the entry by pronoun, right after one naming it.
_PRONOUN_SUBJECT = re.compile(r"^(?:it|they)\s+(?=[a-z])", re.I)


_LEANING = re.compile(r"\b(?:those|these|such|the above|the following|aforementioned)\b", re.I)


def said_in_plural(said: str) -> bool:
    """Whether a sentence names the entry in the plural ('CDNs make ...', 'Cookies are')."""
    return said.endswith("s") and not said.endswith(("ss", "us", "is")) and said[-1].islower()


def _asked_as(ctx: Context, said: str) -> tuple[str, bool]:
    """How a question about a sentence's subject names the entry, and whether in the plural.

    'CDNs make ...' -> ('CDNs', True); 'Cookies are ...' -> ('cookies', True); a singular
    subject is asked by the entry's usual mention ('a cookie').
    """
    if not said_in_plural(said):
        return ctx.mention, False
    if any(char.isupper() for char in said[1:]) or ctx.mention[-1:].isupper():
        return said, True  # 'CDNs', 'APIs': written in capitals wherever they stand
    return lower_first(said), True


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
        condition = lower_first(found["condition"])
        yield ctx.card(
            CardKind.CLAIM,
            Answering.SELF,
            f"What {'do' if plural else 'does'} {name} do {condition}?",
            upper_first(_first_clause(rest)),
            section,
            item,
            explanation=sentence,
        )


def about_entry(ctx: Context) -> Iterator[tuple[Section, Item, str, str, str]]:
    """(section, item, sentence, said, rest) for each prose sentence whose subject is the entry.

    'said' is how the sentence names it ('CDNs'), 'rest' the predicate. 'It ...' right
    after a sentence about the entry is about the entry too; a concession before the
    subject is dropped ('Though many languages support JSON, it is ...').
    """
    kinds = (SectionKind.SUMMARY, SectionKind.EXPLANATION, SectionKind.OTHER)
    before: tuple[Item, str] | None = None  # the last sentence about the entry, by name
    for section, item, sentence in sentences_of(ctx.entry, *kinds):
        unhedged = _CONCESSION.sub("", sentence)
        if not stands_alone(upper_first(unhedged)) and not _PRONOUN_SUBJECT.match(unhedged):
            before = None
            continue
        body = strip_end(unhedged)
        pronoun = _PRONOUN_SUBJECT.match(body)
        if pronoun is not None:
            if before is None or before[0] is not item:
                continue  # 'It' of another paragraph, or after a sentence about something else
            said = before[1]
            rest = body[pronoun.end() :]
        else:
            spans = ctx.own.find(body)
            subject = ctx.subject_and_rest(body, spans)
            if subject is None or subject[0] == "=" or len(spans) > 1:
                before = None
                continue
            said = body[spans[0][0] : spans[0][1]]
            rest = subject[1]
            before = (item, said)
        if len(words(sentence)) > 35 or cut_off(sentence) or CODE.search(rest):
            continue
        yield section, item, sentence, said, rest


# Where a predicate goes on to a second claim: 'to improve delivery, and can be deployed
# by anyone' answers its question with the part before.
_SECOND_CLAIM = re.compile(
    r",?\s+(?:and|but)\s+(?:can|could|is|are|may|might|will|should|also)\s", re.I
)


def _first_clause(answer: str) -> str:
    """A claim's answer cut before a second claim joined to it."""
    head = _SECOND_CLAIM.split(answer, maxsplit=1)[0]
    return answer if len(words(head)) < 3 else strip_end(head) + "."


def said_by_definition(ctx: Context, answer: str) -> bool:
    """Whether the definition card's answer already says most of `answer`."""
    defined = ctx.defined_words
    if not defined:
        return False
    said = content_words(answer)
    return bool(said) and len(said & defined) >= 0.5 * len(said)


def claim_cards(ctx: Context) -> Iterator[Card]:
    """The key claims of prose that names the entry as its subject.

    'CDNs make for fast service ...' -> 'What do CDNs do?'; 'CDNs are used widely for
    delivering stylesheets ...' -> 'What are CDNs used for?'; 'JSON can represent
    numbers, ...' -> 'What can JSON represent?'; 'HTTPS does not hide which sites you
    visit' -> a true statement to judge. No two claims ask the same question.
    """
    asked: set[str] = set()
    for section, item, sentence, said, rest in ctx.about:
        name, plural = _asked_as(ctx, said)
        claim = _claim(rest, strip_end(sentence), name, plural)
        if claim is None:
            continue
        shape, prompt, answer = claim
        answer = _first_clause(answer)
        if shape != "not" and said_by_definition(ctx, answer):
            continue  # 'What does authentication do?' beside 'What is authentication?'
        if shape == "does" and "does" in asked:
            claim = _verb_claim(rest, name, plural)
            if claim is None:
                continue
            shape, prompt, answer = claim
        leaning = not item.text.startswith(sentence) and not _PRONOUN_SUBJECT.match(sentence)
        if shape == "does" and section.kind is SectionKind.SUMMARY and leaning:
            continue  # a summary's later sentences lean on its first
        if prompt.lower() in asked or (shape in asked and shape in _ONCE):
            continue
        asked.update((shape, prompt.lower()))
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


# 'should not be confused with Java': a warning whose truth the wording gives away.
_CONFUSED = re.compile(r"\b(?:confused|mixed up|mistaken)\s+(?:with|for)\b", re.I)
# Shapes asked once per entry: a second 'What are X used for?' would be the same question.
_ONCE = frozenset({"parts", "used", "useful", "measured", "does"})
_USEFUL = re.compile(
    r"^(?:is|are)\s+(?:(?P<adverb>especially|particularly|very|most|mostly|often|also)\s+)?"
    r"(?P<word>useful|helpful|important|essential|needed|required|popular|common)\s+"
    r"(?P<prep>for|in|to|when)\s+(?P<what>.{8,})$",
    re.I,
)
# 'is one of the most-used APIs because it allows ...' -> why, and the reason.
_BECAUSE = re.compile(r"^(?P<claim>[a-z]+\s[^,;]{6,}?),?\s+because\s+(?P<reason>[^;]{8,})$")
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
        *("give", "gives", "grant", "grants", "use", "uses", "need", "needs", "involve"),
        *("involves", "include", "includes"),
    )
)
# A preposition that opens the object is part of the question ('runs on' -> 'What does
# it run on?'); these make no question.
_BAD_OPENERS = frozenset(("by", "as", "than", "like", "and", "or", "but", "so", "if", "because"))


# 'allows developers to track changes' -> who is allowed, and to do what.
_WHO_TO = re.compile(r"^(?P<who>you|us|them|users|developers|people|\w+s)\s+to\s+(?P<do>\w.+)$")


_POINTING = frozenset(("it", "them", "this", "that", "these", "those", "its", "their"))
# Praise that answers nothing a learner could be asked to recall.
FLUFF = re.compile(
    r"\b(?:seamless(?:ly)?|powerful|robust|flexible and efficient|cutting-edge|effortless(?:ly)?|"
    r"(?:a |in a )?(?:very )?(?:simple|easy) way|easily|"
    r"state-of-the-art|game-?changer|world-class|best-in-class)\b",
    re.I,
)


def base_verb(verb: str) -> str:
    """'translates' -> 'translate', 'carries' -> 'carry', 'matches' -> 'match'."""
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if verb.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return verb[:-2]
    return verb[:-1] if verb.endswith("s") else verb


def _verb_claim(rest: str, name: str, plural: bool) -> tuple[str, str, str] | None:
    """'can contain data' -> ('can contain', 'What can a cookie contain?', 'Data.')."""
    found = _VERB_CLAIM.match(rest)
    if found is None:
        return None
    verb, modal = found["verb"], found["modal"]
    if verb in _NO_OBJECT or verb in _NOT_ACTIONS or verb.endswith(("ed", "ing")):
        return None
    if modal is None and not plural and not (verb.endswith("s") and not verb.endswith("ss")):
        return None  # 'JSON closely resemble ...' is no sentence: the verb is no verb
    if modal is None and plural and verb.endswith("s") and not verb.endswith("ss"):
        return None
    if modal in ("cannot", "can't"):
        return None  # a negative claim is asked as true or false
    base = verb if modal else base_verb(verb)
    obj = re.split(r",\s+but\s+|;\s+", found["object"])[0]  # 'X, but can also Y': X
    first, _, tail = obj.partition(" ")
    if first.lower() in _BAD_OPENERS or not tail or len(words(obj)) < 3:
        return None
    if first.lower() in _POINTING or FLUFF.search(obj):
        return None  # 'translates it for us': what 'it' is stands elsewhere; praise
    aux = modal.lower() if modal else ("do" if plural else "does")
    adverb = f"{found['adverb']} " if found["adverb"] else ""
    if first.lower() in (
        *("to", "on", "into", "with", "from", "between", "over", "through", "for", "at"),
        "about",
    ):
        prompt = f"What {aux} {name} {adverb}{base} {first.lower()}?"
        answer = tail
    else:
        helper = _WHO_TO.match(obj)
        if base in ("allow", "let", "enable", "help"):
            if helper is None:
                return None  # 'allows cross-origin access': no one to ask about
            prompt = f"What {aux} {name} {base} {helper['who']} to do?"
            answer = helper["do"]
        else:
            prompt = f"What {aux} {name} {adverb}{base}?"
            answer = obj
    return f"{aux} {base}", prompt, upper_first(strip_end(answer)) + "."


# Verbs that say what a thing does for someone: 'What does X do?' asks them well. Other
# verbs ('represents', 'resembles') are asked with their own verb.
_FUNCTIONS = frozenset(
    stem
    for verb in (
        *("translate", "store", "convert", "map", "turn", "let", "allow", "enable", "connect"),
        *("send", "deliver", "protect", "encrypt", "control", "manage", "keep", "hold", "link"),
        *("identify", "verify", "check", "tell", "provide", "filter", "block", "route", "serve"),
        *("distribute", "spread", "balance", "cache", "speed", "reduce", "improve", "ensure"),
        *("track", "record", "transfer", "transmit", "carry", "handle", "process", "run"),
        *("make", "help", "give", "offer", "secure", "authenticate", "authorize", "grant"),
        *("standardize", "standardise", "define", "describe", "separate", "isolate", "package"),
        *("supply", "ask", "shorten", "answer", "resolve", "sign", "hash", "compress"),
    )
    for stem in (verb, verb + "s", verb + "es", verb[:-1] + "ies" if verb.endswith("y") else "")
    if stem
)


def _claim(rest: str, body: str, name: str, plural: bool) -> tuple[str, str, str] | None:
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
        if prompt and not _NEGATIVE.match(said):
            return "why", prompt, upper_first(strip_end(why["reason"])) + "."
    if (parts := _PARTS.match(rest)) is not None:
        return "parts", f"What {do} {name} consist of?", upper_first(parts["parts"]) + "."
    if (passive := _PASSIVE.match(rest)) is not None:
        prompt = f"How {passive['modal'].lower()} {name} be {passive['done']}?"
        return "how", prompt, upper_first(passive["means"]) + "."
    if (used := _USED.match(rest)) is not None:
        use = f"To {used['use']}" if used["how"].lower() == "to" else upper_first(used["use"])
        return "used", f"What {be} {name} used for?", use + "."
    if (useful := _USEFUL.match(rest)) is not None and not FLUFF.search(rest):
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
    if acts(rest, plural) and words(rest)[0] in _FUNCTIONS:
        return "does", f"What {do} {name} do?", upper_first(rest) + "."
    return _verb_claim(rest, name, plural)
