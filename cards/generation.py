"""Entry in, cards out: one maker per card kind, then the question rules as a filter.

Each maker reads the sections its kind comes from (DESIGN.md, card kinds) and yields
cards; `generate` runs them in order of priority, drops a card that asks what an
earlier card already asks, and drops a card that breaks a question rule. It is pure:
the same entry, siblings and seed always give the same cards.
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from cards.defining import definition_of
from cards.headings import normalise_heading
from cards.makers.blanks import cloze_cards
from cards.makers.claims import base_verb, claim_cards, conditional_claim_cards
from cards.makers.context import MAX_DISTRACTORS, Context
from cards.makers.contrasts import contrast_cards
from cards.makers.definitions import STORY, definition_cards
from cards.makers.identify import identify_cards
from cards.makers.kinds import kind_cards
from cards.makers.prose import LEANS_BACK, cut_off, prose_items, sections_of, sentences_of, singular
from cards.makers.true_false import flipped_cards, true_false_cards
from cards.model import Answering, Card, CardKind, Entry, Item, ItemKind, Section, SectionKind
from cards.names import cached_mention, same_name
from cards.rules import (
    PRO_CON,
    TRUE_FALSE,
    cached_card_id,
    fold,
    gives_away,
    problems,
    section_folds,
)
from cards.sentences import (
    NUMBER_WORDS,
    as_question,
    content_words,
    has_phrase,
    head_of,
    lower_first,
    lower_title,
    number_word,
    similarity,
    split_sentences,
    strip_end,
    words,
)
from cards.text import collapse

# Two cards whose prompt-and-answer words overlap this much ask the same thing.
SAME_QUESTION = 0.75
# Words every question of a kind shares, which say nothing about what it asks.
_QUESTION_WORDS = frozenset(content_words("which concept true false pro con name these good"))


# 'There are two ways in which the callback may be called: synchronous and asynchronous.'
_COUNTED = re.compile(
    r"^there (?:are|were) (?P<count>two|three|four|five|six|[2-6]) (?P<what>[^:;]{3,80}?):\s*"
    r"(?P<items>[^:;]{3,300})$",
    re.I,
)


def _enumerations(ctx: Context) -> Iterator[Card]:
    """A sentence that counts and lists ('There are two ways ...: a and b') asks for the list."""
    kinds = (SectionKind.SUMMARY, SectionKind.EXPLANATION, SectionKind.OTHER)
    for section, item, sentence in sentences_of(ctx.entry, *kinds):
        found = _COUNTED.match(strip_end(sentence))
        if found is None:
            continue
        count = found["count"].lower()
        items = [
            part.strip()
            for part in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", found["items"])
        ]
        items = [part for part in items if part]
        if number_word(len(items)) != count and str(len(items)) != count:
            continue  # the sentence lists another number than it says: not a clean list
        if any(len(words(part)) > 6 for part in items):
            continue
        yield ctx.card(
            CardKind.LIST,
            Answering.SELF,
            f"What are the {count} {found['what']}?",
            "\n".join(f"{number}. {part}" for number, part in enumerate(items, 1)),
            section,
            item,
            explanation=sentence,
        )


_NOT_LISTS = frozenset(
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


def _list_items(section: Section) -> tuple[Item, ...]:
    if section.kind in _NOT_LISTS:
        return ()
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
        and (not _NOT_A_NOUN_PHRASE.search(heading) or _clause_question(heading) is not None)
        and not heading.rstrip().endswith(("?", ":"))
        and section.kind in (SectionKind.OTHER, SectionKind.EXPLANATION)
        and 3 <= len(bullets) <= 7
        and all(len(words(head_of(item.text))) <= 6 for item in bullets)
    ):
        return bullets
    return ()


@lru_cache(maxsize=16384)  # a sibling's list is named again by every entry of its path
def _list_phrase(heading: str, count: int, mention_: str) -> str:
    """'The Three Jobs Every Backend Does' -> 'the three jobs every backend does'.

    A heading that does not say how many items there are gets the count added; one
    that gives another count than the list has is quoted instead of trusted.
    """
    text = lower_title(strip_end(heading)) if heading.istitle() else lower_first(strip_end(heading))
    heading_words = words(text)
    counts = [word for word in heading_words if word in NUMBER_WORDS or word.isdigit()]
    if counts == [number_word(count)] or counts == [str(count)]:
        return text if heading_words[0] == "the" else f"the {text}"
    bare = re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)
    noun_phrase = (
        not _NOT_A_NOUN_PHRASE.search(heading)
        and not heading.rstrip().endswith("?")
        and not has_phrase(heading, mention_.split(" ", 1)[-1])
    )
    if (
        noun_phrase
        and not counts
        and 0 < len(heading_words) <= 4
        and heading_words[-1].endswith("s")
    ):
        return f"the {number_word(count)} {bare} of {mention_}"
    plural_head = any(w.endswith("s") and not w.endswith("ss") for w in heading_words[:2])
    if noun_phrase and not counts and len(heading_words) <= 8 and plural_head:
        return f"the {number_word(count)} {bare}"  # 'the three common ways to choose a server'
    return f"the {number_word(count)} points listed under “{strip_end(heading)}” for {mention_}"


# A heading with one of these words is a clause or a comparison, not a noun phrase that
# fits 'the three ... of X' ('How DNS Works', 'Polling vs. Webhooks').
_NOT_A_NOUN_PHRASE = re.compile(
    r"\b(?:how|why|what|when|where|who|which|vs|versus|is|are|does|do|works?|can|could|should|"
    r"will|may|include|includes|store|stores|yes|no)\b",
    re.IGNORECASE,
)


# A lead ending so introduces examples, which no one must recall all of.
_EXAMPLES_FOLLOW = re.compile(
    r"\b(?:such as|including|like|for example|e\.g\.|for instance)$", re.I
)
# How many items a list led by a sentence may have to be asked whole.
_LED_LIST = (3, 8)


def _led_lists(section: Section) -> Iterator[tuple[str, tuple[Item, ...]]]:
    """(lead sentence, items) for each list a sentence ending in a colon introduces.

    'To be used for cryptography, a hash function must be:' and the four bullets below
    it: the sentence says what the items are, whatever the section's heading.
    """
    items = section.items
    index = 0
    while index < len(items):
        item = items[index]
        index += 1
        if item.kind is not ItemKind.PARAGRAPH or not item.text.rstrip().endswith(":"):
            continue
        run: list[Item] = []
        while index < len(items) and items[index].kind in (ItemKind.BULLET, ItemKind.NUMBERED):
            run.append(items[index])
            index += 1
        sentences = split_sentences(item.text)
        lead = sentences[-1].rstrip() if sentences else ""
        low, high = _LED_LIST
        if low <= len(run) <= high and lead[:1].isupper() and len(words(lead)) <= 30:
            yield lead, tuple(run)


def _led_list_card(
    ctx: Context, section: Section, lead: str, items: tuple[Item, ...]
) -> Card | None:
    """The card asking for a list its lead sentence introduces, or None when it is no
    list to learn whole."""
    plain_lead = lead.replace("’", "'")
    if definition_of(lead, ctx.entry.names) is not None or LEANS_BACK.match(plain_lead):
        return None  # the definition's own list is in its answer; 'This ...:' leans back
    if STORY.match(plain_lead) or _EXAMPLES_FOLLOW.search(lead.rstrip(":").rstrip()):
        return None  # an analogy's parts, or examples: not a list to learn whole
    heads = [head_of(item.text) for item in items]
    if any(cut_off(item.text) for item in items) or not all(
        0 < len(words(head)) <= 8 for head in heads
    ):
        return None
    if len({fold(head) for head in heads}) != len(heads):
        return None
    opening = lead.rstrip(":").rstrip()
    return ctx.card(
        CardKind.LIST,
        Answering.SELF,
        f"Which {number_word(len(heads))} points finish the sentence “{opening} …”?",
        "\n".join(f"{number}. {head}" for number, head in enumerate(heads, 1)),
        section,
        items[0],
        explanation=" ".join(collapse(item.text) for item in items),
    )


def _named_by_heading(ctx: Context, section: Section, items: tuple[Item, ...]) -> bool:
    """Whether the section's heading names these items well ('The three jobs of X')."""
    listed = _list_items(section)
    if not section.heading.strip() or not set(items) <= set(listed):
        return False
    # Only a heading that counts the items ('The Three Jobs ...') surely names them:
    # 'Cryptographic hash functions' above 'a hash function must be: ...' does not.
    counted = {number_word(len(listed)), str(len(listed))}
    return bool(counted & set(words(section.heading)))


# 'What frontend developers focus on', 'How DNS works', 'Why caching matters': a
# question written as a clause, its verb last.
_CLAUSE = re.compile(
    r"^(?P<wh>what|how|why|where|when)\s+(?P<subject>[\w' -]{2,60}?)\s+"
    r"(?P<verb>[a-z]{3,})(?P<tail>\s+(?:on|for|with|about|to|in|from|at))?\s*:?$",
    re.I,
)
_NOT_CLAUSE_VERBS = frozenset(("is", "are", "was", "were", "can", "do", "does", "the", "and"))


def _clause_question(heading: str) -> str | None:
    """'What frontend developers focus on' -> 'What do frontend developers focus on?'."""
    found = _CLAUSE.match(heading.strip())
    if found is None:
        return None
    verb = found["verb"].lower()
    subject = found["subject"]
    if verb in _NOT_CLAUSE_VERBS or words(subject)[0] in ("is", "are", "do", "does", "can"):
        return None  # 'What is DNS' is a question already
    last = subject.split()[-1]
    many = last.endswith("s") and not last.endswith(("ss", "us", "is")) and not last.isupper()
    singular = not many and verb.endswith("s") and not verb.endswith(("ss", "us"))
    aux, base = ("does", base_verb(verb)) if singular else ("do", verb)
    wh = found["wh"].capitalize()
    subject = subject if subject[:1].isupper() and subject[:2].isupper() else lower_first(subject)
    return f"{wh} {aux} {subject} {base}{found['tail'] or ''}?"


def _list(ctx: Context) -> Iterator[Card]:
    for section in ctx.entry.sections:
        led = [] if section.kind in _NOT_LISTS else list(_led_lists(section))
        led = [(lead, run) for lead, run in led if not _named_by_heading(ctx, section, run)]
        for lead, run in led:
            card = _led_list_card(ctx, section, lead, run)
            if card is not None:
                yield card
        items = _list_items(section)
        if not items or not section.heading.strip():
            continue  # a list with no heading: nothing says what its items are
        if any(set(items) & set(run) for _, run in led):
            continue  # its sentences say what its lists are: asked above, or not at all
        if any(cut_off(item.text) for item in items):
            continue  # an item cut short ('(e.g'): the list is not whole
        heads = [head_of(item.text) for item in items]
        folds = {fold(head) for head in heads}
        if len(folds) != len(heads) or not all(words(head) for head in heads):
            continue  # a repeated or empty head cannot be asked for
        phrase = _list_phrase(section.heading, len(heads), ctx.mention)
        answer = "\n".join(f"{number}. {head}" for number, head in enumerate(heads, 1))
        explanation = " ".join(collapse(item.text) for item in items)
        asked = f"What are {phrase}?"
        clause = _clause_question(section.heading)
        if "points listed under" in phrase and clause is not None:
            # 'What frontend developers focus on' -> 'What do frontend developers focus on?'
            asked = f"{clause[:-1]}, in {number_word(len(heads))} points?"
        yield ctx.card(
            CardKind.LIST,
            Answering.SELF,
            asked,
            answer,
            section,
            items[0],
            explanation=explanation,
        )
        if "points listed under" in phrase:
            continue  # 'not one of the points listed under ...' asks about the page's layout
        prompt = f"Which of these is not one of {phrase}?"
        odd = _odd_one_out(ctx, section, heads, prompt)
        if odd is None:
            continue
        wrong = ctx.pick(CardKind.LIST, prompt).sample(heads, min(MAX_DISTRACTORS, len(heads)))
        odd_head, odd_entry, odd_section = odd
        odd_mention = ctx.mention if odd_entry is ctx.entry else cached_mention(odd_entry)
        odd_phrase = _list_phrase(odd_section.heading, len(_list_items(odd_section)), odd_mention)
        if not has_phrase(odd_phrase, odd_entry.title):
            odd_phrase += f" ({odd_entry.title})"  # say whose list it is
        yield ctx.card(
            CardKind.LIST,
            Answering.CHOICE,
            prompt,
            odd_head,
            section,
            items[0],
            explanation=f"“{odd_head}” is one of {odd_phrase}, "
            f"not one of {phrase}: " + "; ".join(heads) + ".",
            wrong=wrong,
        )


@dataclass(frozen=True)
class _Head:
    """A list item's head, with what the odd-one-out search compares of it."""

    text: str
    fold: str
    words: frozenset[str]  # content words, to tell heads that say the same apart
    length: int  # in words
    capitals: bool  # written in capitals, as GET or CNAME


def _heads(section: Section) -> tuple[_Head, ...]:
    """The heads of a section's list, or () when it is no list."""
    heads = []
    for item in _list_items(section):
        text = head_of(item.text)
        heads.append(_Head(text, fold(text), content_words(text), len(words(text)), text.isupper()))
    return tuple(heads)


# The lists of an entry, worked out once: every entry of a path meets the same sibling
# lists. Keyed by the entry's identity, which the value keeps alive.
_LISTS: dict[int, tuple[Entry, tuple[tuple[Section, tuple[_Head, ...]], ...]]] = {}


def _lists(entry: Entry) -> tuple[tuple[Section, tuple[_Head, ...]], ...]:
    """Each section of `entry` that is a list, with its heads."""
    cached = _LISTS.get(id(entry))
    if cached is None:
        if len(_LISTS) >= 4096:  # each keeps an entry alive: bound the memory
            _LISTS.clear()
        found = ((section, _heads(section)) for section in entry.sections)
        cached = _LISTS[id(entry)] = (entry, tuple((s, h) for s, h in found if h))
    return cached[1]


# A head that may stand as the odd one out, with the entry and section it comes from.
_Odd = tuple[_Head, Entry, Section]


def _odd_one_out(
    ctx: Context, own: Section, heads: Sequence[str], prompt: str
) -> tuple[str, Entry, Section] | None:
    """A head from another list to stand among `heads` as the one that does not belong.

    Never one like this list's heads, and one of the same kind: in capitals among heads
    in capitals (GET, POST; A, MX), about as many words as they have, best sharing no
    word with them ('Save it under a key' beside 'Save data' could pass for one of
    them). Among the heads that fit best, the card's own generator draws a list, then a
    head of it, so the entries of a path do not all get the same odd one out. The draw
    does not depend on the seed: the seed moves options, never changes an answer.
    """
    taken = [content_words(head) for head in heads]
    taken_words = frozenset().union(*taken)
    folds = {fold(head) for head in heads}
    # Sections of this entry that share an item with the list: what they hold is no outsider.
    near = set().union(*(section_folds(s) for s in ctx.entry.sections if section_folds(s) & folds))
    usual = sorted(len(words(head)) for head in heads)[len(heads) // 2]
    # Heads written in capitals (GET, POST; A, CNAME) are names of a kind: an outsider
    # in words ('Show information') would stand out at a glance.
    capitals = all(head.isupper() for head in heads)

    def believable(head: _Head) -> bool:
        # Asked of a head about to be chosen only: most heads never get that far.
        if not head.words.isdisjoint(taken_words) and any(
            similarity(head.words, t) >= 0.5 for t in taken
        ):
            return False  # says what one of the heads says: it may be one of them
        # 'Talk to the backend' among the backend's own jobs: plainly not one.
        return not ctx.own.find(head.text)

    # The lists in the card's own order: the first with a head that fits well gives it,
    # so each list has the same chance and most cards look at one list only.
    lists = [
        (o, section, found) for o in (*ctx.distractors, ctx.entry) for section, found in _lists(o)
    ]
    draw = random.Random(f"odd:{cached_card_id(ctx.key, CardKind.LIST, prompt)}")
    draw.shuffle(lists)
    # Heads that share a word with the list's, or are much shorter or longer than its
    # heads, stand out less well: kept in case no list has a better one.
    later: tuple[list[_Odd], list[_Odd]] = ([], [])
    for other, section, found in lists:
        if section is own or folds & section_folds(section):
            continue
        best: list[_Head] = []
        for head in found:
            if head.fold in near or not head.words or head.capitals is not capitals:
                continue
            if abs(head.length - usual) > 1:
                later[1].append((head, other, section))
            elif not head.words.isdisjoint(taken_words):
                later[0].append((head, other, section))
            else:
                best.append(head)
        draw.shuffle(best)
        for head in best:
            if believable(head):
                return head.text, other, section
    for head, other, section in (*later[0], *later[1]):
        if believable(head):
            return head.text, other, section
    return None


_VERSUS_ASKED = re.compile(r"\s(?:vs\.?|versus)\s|\bdifference between\b", re.I)
_CONDITION = re.compile(r"^(?:if|when|unless|while|although|though)\b", re.I)


def _faq(ctx: Context) -> Iterator[Card]:
    for section in ctx.entry.sections:
        for item in section.questions:
            sentences = split_sentences(item.answer)
            if not sentences:
                continue
            # 'No.' alone is no answer to learn: take the sentence that says why too.
            answer = " ".join(sentences[:2]) if len(words(sentences[0])) <= 3 else sentences[0]
            prompt = as_question(collapse(item.text))
            if not words(prompt) or gives_away(prompt, answer):
                continue
            yield ctx.card(
                CardKind.FAQ,
                Answering.SELF,
                prompt,
                answer,
                section,
                item,
                explanation=item.answer,
            )


# Openings of a paragraph that leads into the answer rather than giving it.
_LEAD_IN = re.compile(
    r"^(?:let'?s|let us|here|in this|below|the following|this (?:article|page|section)|"
    r"we(?:'ll| will)|you(?:'ll| will))\b",
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


def _question_headings(ctx: Context) -> Iterator[Card]:
    """A heading that asks ('How does DNS work?') and the paragraph that answers it.

    'Why it matters' asks too: 'Why does DNS matter?'.
    """
    for section in ctx.entry.sections:
        why = normalise_heading(section.heading) in _WHY
        how = normalise_heading(section.heading) in _HOW
        asks = section.heading.endswith("?") or why or how
        if not asks or section.kind is SectionKind.SUMMARY:
            continue
        if section.kind in (SectionKind.FAQ, SectionKind.RELATED, SectionKind.NEXT):
            continue
        first = next(iter(section.paragraphs), None)
        if first is None:
            continue
        sentences = [s for s in split_sentences(first.text) if not s.endswith("?")]
        if not sentences or _LEAD_IN.match(sentences[0]) or sentences[0].endswith(":"):
            continue
        answer = " ".join(sentences[:2]) if len(words(sentences[0])) <= 6 else sentences[0]
        if why:
            prompt = f"Why {ctx.do()} {ctx.mention} matter?"
        elif how:
            prompt = f"How {ctx.do()} {ctx.mention} work?"
        elif len(words(answer)) < 5 or not content_words(answer) & content_words(section.heading):
            continue  # an answer must at least speak of what was asked
        else:
            prompt = as_question(re.sub(r"^\d{1,3}[.)]\s+", "", collapse(section.heading)))
            if _VERSUS_ASKED.search(prompt) or _CONDITION.match(answer):
                continue  # a comparison or an 'if ...' is not answered by one sentence
        asked = re.match(r"^what (?:is|are) (?:an? |the )?(?P<name>.+)\?$", prompt, re.I)
        if asked and any(same_name(asked["name"], name) for name in ctx.entry.names):
            continue  # 'What is X?' about the entry itself: the definition card asks it
        if asked and definition_of(sentences[0], (asked["name"],), loose=True) is None:
            continue  # the sentence after 'What is Y?' does not say what Y is
        if gives_away(prompt, answer):
            continue
        yield ctx.card(
            CardKind.FAQ,
            Answering.SELF,
            prompt,
            answer,
            section,
            first,
            explanation=first.text,
        )


def _proscons(ctx: Context) -> Iterator[Card]:
    pros = [(s, i) for s in sections_of(ctx.entry, SectionKind.PROS) for i in prose_items(s)]
    cons = [(s, i) for s in sections_of(ctx.entry, SectionKind.CONS) for i in prose_items(s)]
    if not pros or not cons:
        return  # 'Why use a database?' alone: every answer would be Pro
    pro_texts = {strip_end(collapse(i.text)).lower() for _, i in pros}
    con_texts = {strip_end(collapse(i.text)).lower() for _, i in cons}
    for answer, items in ((PRO_CON[0], pros), (PRO_CON[1], cons)):
        for section, item in items:
            if item.text.rstrip().endswith(":") or _EXAMPLES_FOLLOW.search(strip_end(item.text)):
                continue  # 'Databases matter for several reasons, including:' leads a list
            text = strip_end(collapse(item.text))
            if text.lower() in pro_texts and text.lower() in con_texts:
                continue  # listed as both: no right answer
            prompt = f"Pro or con of {ctx.mention}: {lower_first(text)}?"
            yield ctx.card(
                CardKind.PROSCONS,
                Answering.CHOICE,
                prompt,
                answer,
                section,
                item,
                explanation=f"{section.heading}: {text}.",
                fixed_options=PRO_CON,
            )


def _choice_texts(entry: Entry, kind: SectionKind) -> list[tuple[Section, Item, str]]:
    """The items of a kind of section as option texts: no empty ones, no repeats."""
    found: dict[str, tuple[Section, Item, str]] = {}
    for section in sections_of(entry, kind):
        for item in prose_items(section):
            text = strip_end(collapse(item.text))
            if words(text):
                found.setdefault(fold(text), (section, item, text))
    return list(found.values())


def _fit(ctx: Context) -> Iterator[Card]:
    good = _choice_texts(ctx.entry, SectionKind.GOOD_FOR)
    bad = _choice_texts(ctx.entry, SectionKind.NOT_FOR)
    for right, wrong, word in ((good, bad, "good for"), (bad, good, "not for")):
        if not right:
            continue
        section, item, answer = right[0]
        prompt = f"Which of these is {ctx.mention} {word}?"
        # Wrong options come only from the opposite list of this entry: another entry's
        # 'good for' may well be true of this one too. Text in both lists is neither.
        right_folds = {fold(text) for _, _, text in right}
        # Nor anything standing in one section with the answer, whatever the section: two
        # texts listed together may both be right ('good for' items repeated in a summary).
        beside = {
            member
            for section in ctx.entry.sections
            if fold(answer) in (members := section_folds(section))
            for member in members
        }
        pool = [text for _, _, text in wrong if fold(text) not in right_folds | beside]
        if not pool or fold(answer) in {fold(t) for _, _, t in wrong}:
            continue
        picked = ctx.pick(CardKind.FIT, prompt).sample(pool, min(MAX_DISTRACTORS, len(pool)))
        yield ctx.card(
            CardKind.FIT,
            Answering.CHOICE,
            prompt,
            answer,
            section,
            item,
            explanation=f"{section.heading}: {answer}.",
            wrong=picked,
        )


# Earlier kinds win when two cards ask the same thing.
MAKERS = (
    definition_cards,
    contrast_cards,
    claim_cards,
    conditional_claim_cards,
    kind_cards,
    _enumerations,
    _list,
    _faq,
    _question_headings,
    cloze_cards,
    true_false_cards,
    flipped_cards,
    identify_cards,
    _proscons,
    _fit,
)


# A word holding a sign that changes its meaning ('2+2', '2*2', '2-2', 'C++', 'C#'),
# which the content words alone would fold together.
_SIGN = re.compile(r"[+*/=<>%#^&|~]|\d-\d")


# Words that change no question: articles, fillers, the forms of 'do' and 'be'.
_FILLERS = frozenset(
    ("a", "an", "the", "actually", "really", "exactly", "basically", "simply", "just")
)
_BASE_FORMS = {"does": "do", "did": "do", "are": "be", "is": "be", "was": "be", "were": "be"}


def _skeleton(prompt: str) -> tuple[str, ...]:
    """A question with its fillers gone and its words stemmed, to tell two wordings of
    one question apart from two questions."""
    return tuple([_skeleton_word(word) for word in words(prompt) if word not in _FILLERS])


# Prompts are new sentences, their words are not: each word's stem is worked out once.
@lru_cache(maxsize=65536)
def _skeleton_word(word: str) -> str:
    return singular(_BASE_FORMS.get(word, word))


def _fingerprint(card: Card) -> frozenset[str]:
    text = card.prompt if card.answer in (*TRUE_FALSE, *PRO_CON) else f"{card.prompt} {card.answer}"
    if _SIGN.search(card.prompt) is None:
        return content_words(text) - _QUESTION_WORDS  # most prompts hold no sign
    # Word by word: a pattern with the word around the sign (\S*...\S*) backtracks over
    # every start of a long word without one, quadratic in its length.
    signed = frozenset(word.rstrip("?.,;:!") for word in card.prompt.split() if _SIGN.search(word))
    return (content_words(text) - _QUESTION_WORDS) | signed


class _Asked:
    """The questions kept so far, to tell whether a new one repeats one.

    Two cards ask the same thing when their words overlap by SAME_QUESTION or more
    (Jaccard). Such a pair always shares a word among the first few of each set in one
    fixed order (the prefix filter: a set of n words needs only its first
    n - ceil(SAME_QUESTION * n) + 1), so each kept set is indexed by those words alone
    and a new one looks only at the sets that share one of its own first words. The
    order puts the entry's rarest words first (`rarity`: how many of its candidate cards
    use each word), so the words every question shares are seldom looked up at all. For
    each word at most `RECENT` sets are looked at, so the work per card is bounded and an
    entry's cards are checked in time linear in their number (a page of 32,000 FAQ
    questions from one template once took over a minute here).
    """

    RECENT = 64

    def __init__(self, rarity: Mapping[str, int] | None = None) -> None:
        self.kept: list[frozenset[str]] = []
        self.by_word: dict[str, list[int]] = {}
        self.rarity: Mapping[str, int] = rarity or {}
        self.compared = 0  # pairs looked at, for the tests
        self._last: tuple[frozenset[str], list[str]] | None = None  # `before`'s, for `add`

    def _rank(self, word: str) -> int:
        return self.rarity.get(word, 0)

    def _prefix(self, fingerprint: frozenset[str]) -> list[str]:
        last = self._last
        if last is not None and last[0] is fingerprint:
            return last[1]  # `add` of the set `before` was just asked about
        # By rarity, then alphabetically: sorted by word, then (a stable sort) by rarity.
        ordered = sorted(fingerprint)
        ordered.sort(
            key=self.rarity.__getitem__ if isinstance(self.rarity, Counter) else self._rank
        )
        prefix = ordered[: len(ordered) - math.ceil(SAME_QUESTION * len(ordered)) + 1]
        self._last = (fingerprint, prefix)
        return prefix

    def before(self, fingerprint: frozenset[str]) -> bool:
        size = len(fingerprint)
        checked: set[int] = set()
        for word in self._prefix(fingerprint):
            for index in reversed(self.by_word.get(word, ())[-self.RECENT :]):
                if index in checked:
                    continue
                checked.add(index)
                self.compared += 1
                earlier = self.kept[index]
                # The overlap is at most the smaller set's size over the larger's: most
                # pairs are told apart by their sizes alone.
                other = len(earlier)
                if min(size, other) < SAME_QUESTION * max(size, other):
                    continue
                if similarity(fingerprint, earlier) >= SAME_QUESTION:
                    return True
        return False

    def add(self, fingerprint: frozenset[str]) -> None:
        index = len(self.kept)
        self.kept.append(fingerprint)
        for word in self._prefix(fingerprint):
            self.by_word.setdefault(word, []).append(index)


def candidates(entry: Entry, others: Sequence[Entry] = (), seed: int = 0) -> list[Card]:
    """Every card the makers propose, before duplicates and rule-breakers are dropped.

    For tests: a maker that breaks a question rule shows up here.
    """
    ctx = Context(entry, others, seed)
    return [card for maker in MAKERS for card in maker(ctx)]


def generate(entry: Entry, others: Sequence[Entry] = (), seed: int = 0) -> list[Card]:
    """Make the cards of one entry.

    Args:
        entry: the entry to ask about.
        others: sibling entries, for distractors; those on the entry's path come first
            (in the order given), then the rest. `entry` itself may be among them.
        seed: shuffles options; the same seed always gives the same cards.

    Returns:
        The cards, definition first; [] when no section gives a card (refusing such an
        entry is the parser's job).
    """
    deck: list[Card] = []
    ids: set[str] = set()
    # 'Which concept is X?' beside 'What is <it>?' → X asks the same fact the other way
    # round: a strict reader counts it a repeat, so only the first is kept.
    proposed = [(card, _fingerprint(card)) for card in candidates(entry, others, seed)]
    asked = _Asked(Counter(word for _, fingerprint in proposed for word in fingerprint))
    skeletons: set[tuple[str, ...]] = set()
    for card, fingerprint in proposed:
        if card.id in ids:
            continue
        skeleton = _skeleton(card.prompt)
        if skeleton in skeletons:
            continue  # 'What do APIs do?' and 'What does an API actually do?'
        skeletons.add(skeleton)
        if asked.before(fingerprint):
            continue
        if problems(card, entry):
            continue
        deck.append(card)
        ids.add(card.id)
        asked.add(fingerprint)
    return deck
