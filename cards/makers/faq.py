"""FAQ cards: the page's own questions and the answers it gives them.

From FAQ items, and from headings that ask ('How does DNS work?', 'Why it matters')
with the first paragraph below them as the answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from cards.defining import definition_of, names_it
from cards.headings import normalise_heading
from cards.makers.context import Context
from cards.makers.prose import (
    SAYS_IT_VARIES,
    WHOLE_ENDS,
    broke_off,
    cut_off,
    last_item,
    stands_alone,
)
from cards.makers.section_lists import clause_question
from cards.model import Answering, Card, CardKind, Item, Section, SectionKind
from cards.names import either_number, same_name, sentence_cased
from cards.recover import WHICH_TO_USE, asks_what_it_is
from cards.rules import gives_away, has_blank, only_counts
from cards.sentences import (
    STOP_WORDS,
    as_question,
    content_words,
    split_sentences,
    strip_end,
    upper_first,
    words,
)
from cards.text import collapse

_VERSUS_ASKED = re.compile(r"\s(?:vs\.?|versus)\s|\bdifference between\b", re.I)
_CONDITION = re.compile(r"^(?:if|when|unless|while|although|though)\b", re.I)


def _names_both(prompt: str, answer: str) -> bool:
    """Whether a sentence answering 'When do you use A versus B?' speaks of both sides
    ('Use a z-test when ...; use a t-test when ...'): one sentence may then answer it."""
    found = WHICH_TO_USE.match(prompt)
    if found is None:
        return False
    said = answer.casefold()
    return all(found[side].casefold() in said for side in ("a", "b"))


# 'Why is X important/useful/...?': a question asking why a thing matters, by its word.
_WHY_IT_MATTERS_ASKED = re.compile(
    r"^why\s+(?:is|are)\s+.{2,60}?\s+(?P<word>important|useful|needed|necessary|essential|"
    r"vital|crucial|valuable)\s*\??$",
    re.I,
)


def _with_its_reason(question: str, sentences: list[str], answer: str) -> str:
    """An answer to 'Why is X important?' that only says X is important ('Red blood cells
    are an important element of blood.'), with the sentence after it, which says why."""
    asked = _WHY_IT_MATTERS_ASKED.match(question.strip())
    if (
        asked is None
        or answer != sentences[0]
        or len(sentences) < 2
        or re.search(rf"\b{asked['word']}\b", answer, re.I) is None
        or re.search(r"\b(?:because|since|as it|as they|so that|to)\b", answer, re.I)
    ):
        return answer
    return f"{answer} {sentences[1]}"


def faq_cards(ctx: Context) -> Iterator[Card]:
    last = last_item(ctx.entry)
    for section in ctx.entry.sections:
        for item in section.questions:
            sentences = split_sentences(item.answer)
            if not sentences:
                continue
            answer = _faq_answer(sentences)
            answer = _with_its_reason(
                item.text, sentences, _with_the_verdict(item.text, sentences, answer)
            )
            if broke_off(answer, item, last):
                continue  # the page's last words, cut off: 'Yes — passkeys are implemente'
            prompt = as_question(sentence_cased(collapse(item.text), ctx.body, ctx.mention))
            if not words(prompt) or gives_away(prompt, answer) or cut_off(answer):
                continue  # nor an answer the copy of the page broke off ('... or …')
            if _NOT_ITS_OWN_START.match(answer):
                # 'But birds lift their wings using ...', 'sternum A keel or carina ...': an
                # answer that goes on from a sentence not copied, or lost its start
                continue
            if has_blank(prompt):
                continue  # 'The ____ checks it?': a worksheet's gap, no question to ask
            if only_counts(prompt, answer):
                continue  # 'What are the layers?' -> 'Seven layers.': which, it never says
            if _asks_what_it_is(ctx, prompt):
                continue  # 'What do you understand by X?': the definition card asks it
            if _not_the_concepts(prompt):
                continue  # 'Preparing for interviews?': the site's offer, not the concept
            if _CODE_ASKED.search(item.text):
                continue  # 'next = buttons[ idx - 1 >= 0 ?': a ternary's, in code pasted bare
            yield ctx.card(
                CardKind.FAQ,
                Answering.SELF,
                prompt,
                answer,
                section,
                item,
                explanation=item.answer,
            )


def _with_the_verdict(question: str, sentences: list[str], answer: str) -> str:
    """The answer to a yes-or-no question that opens by saying what its subject is, with
    the sentence after, which answers: 'Is a higher MTTR better?' -> 'MTTR is a metric
    that ... . This number should be as low as possible.'"""
    taken = len(split_sentences(answer))
    if (
        taken < len(sentences)
        and _YES_OR_NO.match(question.strip())
        and not _SAYS_YES_OR_NO.match(answer)
        and definition_of(sentences[0]) is not None
    ):
        return f"{answer} {sentences[taken]}"
    return answer


# A question answered yes or no, and an answer that says which.
_YES_OR_NO = re.compile(r"^(?:is|are|does|do|can|should|will|would|could|has|have)\s", re.I)
_SAYS_YES_OR_NO = re.compile(r"^(?:yes|no|not|never|absolutely|definitely|it depends)\b", re.I)


# Code in a 'question': an assignment, an index, a comparison or a call.
_CODE_ASKED = re.compile(r"\w\s*=\s*\w|\w\[|[<>!=]=|\w\(\)|;")
# A question a site asks its reader before selling something: 'Preparing for interviews?',
# 'Looking for a faster host?', 'Need help?'.
_PITCH = re.compile(
    r"^(?:preparing|looking|searching|need|want|ready|interested|new to|struggling|curious|"
    r"still have|have (?:a |any )?questions?|got (?:a )?questions?)\b",
    re.I,
)

# A forum poster's question, in the poster's words: 'Can you guys explain to me what ...'
_FORUM = re.compile(
    r"\b(?:you guys|(?:can|could) (?:anyone|someone|somebody)|explain (?:it )?to me|help me|"
    r"i(?:\s+am|'m|\s+don't|\s+do\s+not|\s+can't|\s+cannot)\s+(?:understand|get|sure)|"
    r"any(?:one|body) (?:know|help))\b",
    re.I,
)


def _opens_with_a_twin(ctx: Context, answer: str) -> bool:
    """Whether an answer opens on the entry's twin: its head noun under another modifier
    ('Private IPs conserve ...' under 'Public IP addresses'), the other side of the page's
    comparison, whose 'Why it matters' speaks of both."""
    opening = answer.split()[:2]
    if len(opening) < 2 or not opening[0][:1].isupper():
        return False
    named = words(ctx.entry.title)
    first, head = words(" ".join(opening))[:2]
    return (
        first not in STOP_WORDS
        and not any(either_number(first, word) for word in named)
        and any(either_number(head, word) for word in named)
    )


def _not_the_concepts(prompt: str) -> bool:
    """Whether a question is the site's or a poster's, not one about the concept: 'Preparing
    for interviews?', 'Can you guys explain to me what ...?'."""
    return (
        _PITCH.match(prompt) is not None
        or _FORUM.search(prompt) is not None
        or _CHOOSE_WHICH.match(prompt) is not None
    )


# A comparison's closing heading, which names neither side: 'Which One Should You Choose?',
# 'Which is better?', 'What should you use?'.
_CHOOSE_WHICH = re.compile(
    r"^(?:which|what)\s+(?:one\s+)?(?:should|do|would|to)\s+(?:you\s+|i\s+|we\s+)?"
    r"(?:choose|use|pick|go\s+with|prefer|learn)\s*\?|"
    r"^which\s+(?:one\s+)?is\s+(?:better|best|right|the\s+best|the\s+right\s+one)"
    r"(?:\s+for\s+(?:you|me|us))?\s*\?",
    re.I,
)


def _asks_what_it_is(ctx: Context, prompt: str) -> bool:
    """Whether a question asks what the entry is, in any words, beside a definition."""
    if ctx.defining is None:
        return False
    if asks_what_it_is(prompt, ctx.entry.names):
        return True
    # ('What is layer height?' under 'Layer Height In 3D Printing': the field left out)
    asked = _WHAT_IS_NAMED.match(prompt)
    return asked is not None and any(names_it(asked["name"], n) for n in ctx.entry.names)


_WHAT_IS_NAMED = re.compile(r"^what\s+(?:is|are)\s+(?:an?\s+|the\s+)?(?P<name>[^?]{2,60})\?$", re.I)


# The first of steps told in turn ('First DNS turns the name into an address.'), and the
# words that carry the later steps on ('The browser then connects ...').
_FIRST_STEP = re.compile(r"^(?:first|firstly|to begin|to start|the first step)\b", re.I)
_LATER_STEP = re.compile(r"\b(?:then|next|after that|afterwards|finally|last|lastly)\b", re.I)
# A sentence that gives the fix for the trouble the first one explains.
_REMEDY = re.compile(
    r"^(?:you can|you should|you need to|to fix|the fix|the cure|the solution|the remedy|"
    r"instead|to avoid|to prevent|to force|the way out|put|add|give|rename|purge|clear|"
    r"set|use|include|append|bump)\b",
    re.I,
)


def _faq_answer(sentences: list[str]) -> str:
    """The part of a FAQ answer that answers it: its first sentence and what that needs.

    'No.' alone is no answer to learn: the sentence that says why comes too. Steps told
    in turn ('First ...', '... then ...') come all together, and so does the fix that
    follows an explanation of a trouble ('You can purge the cache ...').
    """
    taken = sentences[:2] if len(words(sentences[0])) <= 3 else sentences[:1]
    if _FIRST_STEP.match(sentences[0]):
        for sentence in sentences[1:4]:
            if not _LATER_STEP.search(sentence):
                break
            taken.append(sentence)
    elif len(sentences) > len(taken) and _REMEDY.match(sentences[len(taken)]):
        taken.append(sentences[len(taken)])
    return " ".join(taken)


# An answer going on from words the card does not show: 'But birds lift ...', 'And so
# ...', or one that lost its start in the copy ('sternum A keel or carina ...').
_NOT_ITS_OWN_START = re.compile(r"^(?:(?i:but|and|so|also|however|yet)\b|[a-z]+\s+[A-Z])")
# Openings of a paragraph that leads into the answer rather than giving it.
# A sentence that pictures the concept as something else ('Think of X as ...').
_PICTURED = re.compile(r"^(?:think of|imagine|picture)\b", re.I)
# An answer announced before it is given: 'So this is how the ISO works.'
_ANNOUNCED = re.compile(
    r"(?:so\s+|and\s+)?(?:this|that|here)\s+is\s+(?:how|why|what)\s[^.!?]{1,60}[.!]$", re.I
)
_LEAD_IN = re.compile(
    # ('To understand how recursion works, let's take a look at a simple example.')
    r"^(?:to\s+(?:understand|see|learn|explain|show|illustrate)\b[^,]{0,80},\s*)?"
    r"(?:let'?s|let’s|let us|here|in this|below|the following|this (?:article|page|section)|"
    r"we(?:'ll| will)|you(?:'ll| will)|"
    # 'There are several benefits to using DisplayPort ...': a count, its list below
    # ('There are three main causes of inflation.': its causes, cut from the copy)
    r"there\s+are\s+(?:several|many|some|various|numerous|multiple|a\s+few|a\s+number\s+of|"
    r"two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[a-z]+\s+)?"
    r"(?:benefits|advantages|reasons|ways|uses|features|types|kinds|causes|factors|steps|"
    r"stages|parts|components)\b)\b",
    re.IGNORECASE,
)


# Headings that say why the concept matters, in the words pages use.
_HOW = frozenset(
    normalise_heading(h)
    for h in ("how it works", "how does it work", "how it work", "the mechanics", "under the hood")
)
_WHY = frozenset(
    normalise_heading(h)
    for h in (
        "why it matters",
        "why does it matter",
        "why is it important",
        "why it's important",
        "why use it",
        "why you need it",
        "importance",
        "why should you care",
    )
)
_SHORT_REASON = 40  # words of a two-sentence reason asked whole
# 'Why it works' over the reason a tactic or a method succeeds.
_WHY_IT_WORKS = frozenset(
    normalise_heading(h) for h in ("why it works", "why does it work", "why this works")
)


# A heading that asks why, how or when in words of its own: 'Why use branches'.
_ASKING = re.compile(r"^(?:why|how|when)\s+\w+\s+\w", re.I)


def reasons_cards(ctx: Context) -> Iterator[Card]:
    """A heading that asks ('Why use branches') over a short list and nothing else: the
    question, answered by the list ('Why use branches?' -> its three reasons)."""
    names = {word for name in ctx.entry.names for word in content_words(name)}
    for section in ctx.entry.sections:
        heading = collapse(section.heading)
        if section.paragraphs or not (heading.endswith("?") or _ASKING.match(heading)):
            continue
        if section.kind in (SectionKind.FAQ, SectionKind.RELATED, SectionKind.NEXT):
            continue
        items = section.bullets or section.numbered
        if not 2 <= len(items) <= 7 or any(len(words(item.text)) > 25 for item in items):
            continue
        asked = content_words(heading)
        if not any(either_number(word, name) for word in asked for name in names):
            continue  # 'Why use it': what 'it' is, the heading does not say
        if _list_broke_off(items, last_item(ctx.entry)):
            continue  # '3. Anyone seeking passive income: Especially those building a'
        answer = "\n".join(
            f"{number}. {upper_first(strip_end(item.text))}" for number, item in enumerate(items, 1)
        )
        yield ctx.card(
            CardKind.FAQ,
            Answering.SELF,
            _as_asked(sentence_cased(heading, ctx.body, ctx.mention), ctx.mention),
            answer,
            section,
            items[0],
            explanation=" ".join(collapse(item.text) for item in items),
        )


def _answered_by_its_summary(ctx: Context, section: Section) -> bool:
    """Whether a section is the rest of one whose opening paragraph became the summary:
    under the same heading, right after it. The heading asked what that paragraph
    answered ('How do screen readers work?' over 'Screen readers are software ...'); what
    follows ('People who are completely blind are the primary users ...') answers
    something else."""
    sections = ctx.entry.sections
    at = next((k for k, other in enumerate(sections) if other is section), 0)
    before = sections[at - 1] if at else None
    return (
        before is not None
        and before.kind is SectionKind.SUMMARY
        and before.heading.strip() == section.heading.strip()
        and bool(before.items)
        and bool(section.items)
        # (a summary taken from further down leaves the heading's own answer here)
        and before.items[0].line < section.items[0].line
    )


def _list_broke_off(items: Sequence[Item], last: Item | None) -> bool:
    """Whether a list's last point is the page's last words, cut where the copy ended:
    without the stop its other points have, or on a word no point ends on ('for')."""
    final = items[-1]
    if not broke_off(final.text, final, last):
        return False
    stopped = all(item.text.rstrip().endswith(WHOLE_ENDS) for item in items[:-1])
    return stopped or _ENDS_ON_A_LINK_WORD.search(final.text) is not None


# A word a point cannot end on: an article, a conjunction or a preposition.
_ENDS_ON_A_LINK_WORD = re.compile(
    r"\b(?:a|an|the|and|or|but|of|to|for|with|in|on|at|by|from|as|that|which)\W*$", re.I
)


# That a name is a word people use, said where the page promised why the thing matters.
_ONLY_A_TERM = re.compile(
    r"^(?:it|this)\s+is\s+(?:an?|one)\s+(?:[\w-]+\s+){0,3}(?:term|buzzword|word)\b", re.I
)
# A heading that asks as a clause does: 'Why Certificate Pinning matters', 'Why caching is
# hard'.
_WHY_CLAUSE = re.compile(
    r"^why\s+(?P<subject>[^?]{1,60}?)\s+(?:(?P<does>matters|helps|works)|(?P<do>matter|help|work)|"
    r"(?P<be>is|are))\b(?P<rest>[^?]{0,60})\??$",
    re.I,
)


# 'What Are Bonds?' on a page about stocks: a summary, of another of its concepts.
_WHAT_IS_HEADING = re.compile(r"^what\s+(?:is|are)\s+[^?]{2,60}\?$", re.I)
_HOW_IT_WORKS = re.compile(r"^how\s+(?P<subject>[^?]{2,60}?)\s+works\??$", re.I)


def _asked(heading: str) -> str:
    """A heading asked with its verb in a question's place: 'Why Certificate Pinning
    matters' -> 'Why does Certificate Pinning matter'; 'Why caching is hard' -> 'Why is
    caching hard'. Any other heading as it stands."""
    works = _HOW_IT_WORKS.match(heading.strip())
    if works is not None:
        # 'How function calling works' -> 'How does function calling work' ('works' says
        # its subject is one)
        return f"How does {works['subject']} work"
    found = _WHY_CLAUSE.match(heading.strip())
    if found is None:
        return heading
    subject, rest = found["subject"], found["rest"]
    if found["does"]:
        return f"Why does {subject} {found['does'][:-1].lower()}{rest}"
    if found["do"]:
        return f"Why do {subject} {found['do'].lower()}{rest}"
    return f"Why {found['be'].lower()} {subject}{rest}"


# A word that ties a question to the one before it: 'Similarly, what is firing?'.
_TIED_TO_THE_LAST = re.compile(
    r"^(?:similarly|likewise|also|additionally|furthermore|moreover|in\s+addition|next|"
    r"finally|lastly|besides|so|now|then),\s+(?=(?:what|how|why|when|where|which|who|is|are|"
    r"can|do|does|should)\b)",
    re.I,
)


def _as_asked(heading: str, mention: str) -> str:
    """A heading over reasons as its question: 'Why use branches' -> 'Why use branches?';
    'Why Companies Adopt Containers' -> 'Why do companies adopt containers?', where the
    heading is a clause with its verb inside."""
    asked = _asked(heading)
    if asked == heading and heading.strip().lower().startswith("why "):
        clause = clause_question(heading.rstrip(" :?"), mention)
        if clause is not None and clause.startswith("Why do "):
            return clause
    return as_question(upper_first(asked))


def question_heading_cards(ctx: Context) -> Iterator[Card]:
    """A heading that asks ('How does DNS work?') and the paragraph that answers it.

    'Why it matters' asks too: 'Why does DNS matter?'.
    """
    for section in ctx.entry.sections:
        why = normalise_heading(section.heading) in _WHY
        how = normalise_heading(section.heading) in _HOW
        works = normalise_heading(section.heading) in _WHY_IT_WORKS
        asks = section.heading.endswith("?") or why or how or works
        if not asks:
            continue
        if section.kind is SectionKind.SUMMARY and not _WHAT_IS_HEADING.match(section.heading):
            continue  # what the page says first of its own concept: the definition's

        if section.kind in (SectionKind.FAQ, SectionKind.RELATED, SectionKind.NEXT):
            continue
        if _CODE_ASKED.search(section.heading):
            continue  # 'next = buttons[ idx - 1 >= 0 ?': a ternary's, in code pasted bare
        if _answered_by_its_summary(ctx, section):
            continue  # what is left under 'How do screen readers work?' after its definition
        first = next(iter(section.paragraphs), None)
        if first is None or first is not section.items[0]:
            # After the heading's own list ('How it works' over four steps) a paragraph
            # says what the steps come to: the list answers, and a list card asks it.
            continue
        sentences = [s for s in split_sentences(first.text) if not s.endswith("?")]
        if (
            (why or how or works)
            and len(sentences) > 1
            and _PICTURED.match(sentences[0])
            and stands_alone(sentences[1])
        ):
            # 'How It Works' / 'Think of a REST API as a restaurant menu ...' / 'Each
            # endpoint is a unique web address ...': the picture leads in to the answer
            sentences = sentences[1:]
        if len(sentences) > 1 and _ANNOUNCED.match(sentences[0]):
            # 'How Does The ISO work?' / 'So this is how the ISO works. The ISO measures
            # ...': the answer is announced, then given
            sentences = sentences[1:]
        if not sentences or _LEAD_IN.match(sentences[0]) or sentences[0].endswith(":"):
            continue
        if SAYS_IT_VARIES.search(sentences[0]):
            continue  # 'Autoscaling works in a variety of ways depending on ...': no answer
        answer = " ".join(sentences[:2]) if len(words(sentences[0])) <= 6 else sentences[0]
        if works and len(sentences) == 2 and len(words(" ".join(sentences))) <= _SHORT_REASON:
            # 'Each move lets a player answer only one threat. When a single piece makes
            # two threats at once, one of them is left unanswered.': the reason, whole
            answer = " ".join(sentences)
        if (why or how or works) and len(words(answer)) < 4:
            continue  # 'Why does a DNS resolver cache matter?' -> 'Benefits': a heading
        if why and _ONLY_A_TERM.match(answer):
            continue  # 'It is a major AI term, and it is often confused with ...': no reason
        if (why or how or works) and _opens_with_a_twin(ctx, answer):
            continue  # 'Why do public IP addresses matter?' -> 'Private IPs conserve ...'
        if works:
            prompt = f"Why {ctx.do()} {ctx.mention} work?"
        elif why:
            prompt = f"Why {ctx.do()} {ctx.mention} matter?"
        elif how:
            prompt = f"How {ctx.do()} {ctx.mention} work?"
        elif len(words(answer)) < 5 or not content_words(answer) & content_words(section.heading):
            continue  # an answer must at least speak of what was asked
        else:
            # ('1. What ...?', 'III. What ...?', and '1 Why container orchestration?' with
            # no mark)
            # (the number goes before the words are set in sentence case: after it, 'III.
            # How does ...' read 'III. how does ...', and the number stayed)
            # ('Similarly, what is firing in art?': the word that tied it to the question
            # before goes, as the card stands alone)
            heading = _TIED_TO_THE_LAST.sub("", collapse(section.heading))
            prompt = as_question(
                sentence_cased(
                    re.sub(
                        r"^(?:\d{1,3}(?:[.)]|\s*[-–—:])?|[IVX]{1,4}[.)])\s+(?=[A-Z])",
                        "",
                        upper_first(heading),
                    ),
                    ctx.body,
                    ctx.mention,
                )
            )
            if (
                _VERSUS_ASKED.search(prompt) and not _names_both(prompt, answer)
            ) or _CONDITION.match(answer):
                continue  # a comparison or an 'if ...' is not answered by one sentence
            answer = _with_its_reason(
                prompt, sentences, _with_the_verdict(prompt, sentences, answer)
            )
        asked = re.match(r"^what (?:is|are) (?:an? |the )?(?P<name>.+)\?$", prompt, re.I)
        if asked and any(same_name(asked["name"], name) for name in ctx.entry.names):
            continue  # 'What is X?' about the entry itself: the definition card asks it
        if _asks_what_it_is(ctx, prompt):
            continue  # 'What do you understand by X?': the same, in other words
        if prompt.lower().startswith("what about "):
            continue  # 'What about BIC codes?': a heading that moves on, no question
        if _not_the_concepts(prompt):
            continue  # 'Preparing for interviews?': the site's offer, not the concept
        if asked and definition_of(sentences[0], (asked["name"],), loose=True) is None:
            continue  # the sentence after 'What is Y?' does not say what Y is
        if gives_away(prompt, answer) or cut_off(answer) or has_blank(prompt):
            continue
        if _NOT_ITS_OWN_START.match(answer):
            continue  # 'But birds lift their wings ...': goes on from what is not shown
        if section is ctx.entry.sections[-1] and not answer.rstrip().endswith(WHOLE_ENDS):
            continue  # the page's last words, without a stop: the copy broke off ('by the lexi')
        yield ctx.card(
            CardKind.FAQ,
            Answering.SELF,
            prompt,
            answer,
            section,
            first,
            explanation=first.text,
        )
