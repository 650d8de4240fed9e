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
from functools import cached_property, lru_cache

from cards import cloze, truth
from cards.defining import definition_of, expansion_of
from cards.headings import normalise_heading
from cards.model import (
    Answering,
    Card,
    CardKind,
    Entry,
    Item,
    ItemKind,
    Section,
    SectionKind,
    Source,
)
from cards.names import (
    NameIndex,
    cached_mention,
    distractors,
    kin,
    mention,
    same_name,
    shared_index,
)
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
    split_label,
    split_sentences,
    strip_end,
    upper_first,
    words,
)
from cards.text import collapse

# Wrong options beside the answer of a choice question.
MAX_DISTRACTORS = 3
# Two cards whose prompt-and-answer words overlap this much ask the same thing.
SAME_QUESTION = 0.75
# Words every question of a kind shares, which say nothing about what it asks.
_QUESTION_WORDS = frozenset(content_words("which concept true false pro con name these good"))


@dataclass(frozen=True)
class _Context:
    """What every maker needs: the entry, its siblings and the seed."""

    entry: Entry
    given: Sequence[Entry]  # the siblings as the caller passed them (kept for a memo)
    seed: int

    @cached_property
    def others(self) -> tuple[Entry, ...]:
        return tuple(self.given)

    @cached_property
    def mention(self) -> str:
        return mention(self.entry)

    @cached_property
    def distractors(self) -> tuple[Entry, ...]:
        """Entries whose titles may be wrong options, same path first (a bounded few)."""
        return tuple(distractors(self.entry, self.others))

    @cached_property
    def concepts(self) -> NameIndex:
        """Names of known concepts, for cloze blanks: siblings, the next step, itself."""
        own = [self.entry.names, *([(self.entry.next,)] if self.entry.next else [])]
        return NameIndex(own, base=shared_index(self.given, self.entry))

    @cached_property
    def own(self) -> NameIndex:
        """The entry's own names, to find where a sentence names it."""
        return NameIndex([self.entry.names])

    def subject_and_rest(
        self, text: str, spans: list[tuple[int, int]] | None = None
    ) -> tuple[str, str] | None:
        """'The backend is X' -> ('', 'is X'); 'Backend = X' -> ('=', 'X'); else None."""
        spans = self.own.find(text) if spans is None else spans
        article = _ARTICLE.match(text)
        if not spans or spans[0][0] != (article.end() if article else 0):
            return None
        rest = text[spans[0][1] :]
        if rest.lstrip().startswith("= "):
            return "=", rest.lstrip()[2:].strip()
        if not rest[:1].isspace():
            return None  # 'backend's', 'backend-side': not the name as a subject
        return "", rest.strip()

    def before_name_at_end(
        self, text: str, spans: list[tuple[int, int]] | None = None
    ) -> str | None:
        """'Checks must run on the backend' -> 'Checks must run on'; else None."""
        spans = self.own.find(text) if spans is None else spans
        if not spans or spans[-1][1] != len(text):
            return None
        head = text[: spans[-1][0]].rstrip()
        return re.sub(r"\s+(?:the|a|an)$", "", head, flags=re.I) or None

    def opens_with_sibling(self, text: str) -> bool:
        """Whether `text` opens with the name of another concept (after an article)."""
        head = " ".join(text.split()[:6])
        article = re.match(r"(?:the|a|an)\s+", head, re.I)
        offset = article.end() if article else 0
        for start, end in self.concepts.find(head):
            if start == offset:
                return not any(same_name(head[start:end], n) for n in self.entry.names)
        return False

    @cached_property
    def key(self) -> str:
        return self.entry.key

    def rng(self, kind: CardKind, prompt: str) -> random.Random:
        """The generator that shuffles a card's options under this seed."""
        # One generator per card: a card's options keep their order when cards are added.
        return random.Random(f"{self.seed}:{cached_card_id(self.key, kind, prompt)}")

    def pick(self, kind: CardKind, prompt: str) -> random.Random:
        """The generator that draws a card's wrong options, whatever the seed.

        The seed moves options, never swaps one for another. It is the generator of seed
        0, so collections generated with seed 0 keep the options they have.
        """
        return random.Random(f"0:{cached_card_id(self.key, kind, prompt)}")

    def card(
        self,
        kind: CardKind,
        answering: Answering,
        prompt: str,
        answer: str,
        section: Section,
        item: Item,
        *,
        explanation: str,
        wrong: Sequence[str] = (),
        fixed_options: tuple[str, ...] = (),
        accepted: tuple[str, ...] = (),
    ) -> Card:
        options: tuple[str, ...] = fixed_options
        if answering is Answering.CHOICE and not fixed_options:
            shuffled = [answer, *wrong]
            self.rng(kind, prompt).shuffle(shuffled)
            options = tuple(shuffled)
        return Card(
            id=cached_card_id(self.key, kind, prompt),
            kind=kind,
            answering=answering,
            prompt=prompt,
            answer=answer,
            source=Source(self.entry.file, section.heading, item.line),
            entry=self.entry.slug,
            entry_key=self.key,
            options=options,
            accepted=accepted,
            explanation=collapse(explanation),
            tags=self.entry.tags,
        )


def _sections(entry: Entry, *kinds: SectionKind) -> Iterator[Section]:
    return (section for section in entry.sections if section.kind in kinds)


def _texts(section: Section) -> Iterator[Item]:
    """The prose items of a section: paragraphs, bullets and numbered items."""
    return (item for item in section.items if item.kind is not ItemKind.QUESTION)


def _sentences(entry: Entry, *kinds: SectionKind) -> Iterator[tuple[Section, Item, str]]:
    for section in _sections(entry, *kinds):
        for item in _texts(section):
            for sentence in split_sentences(item.text):
                if not sentence.endswith("?"):  # a question asks; it states nothing to test
                    yield section, item, sentence


# -- definition ---------------------------------------------------------------------


def _predicate(ctx: _Context, sentence: str) -> str:
    """What a defining sentence says the entry is, without the name: the answer to 'What is X?'."""
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
    return sentence


def _stands_for(ctx: _Context) -> Iterator[Card]:
    """'What does CDN stand for?' where the page expands the abbreviation."""
    for section, item, sentence in _sentences(ctx.entry, SectionKind.SUMMARY):
        found = expansion_of(sentence, ctx.entry.names)
        if found is None:
            continue
        yield ctx.card(
            CardKind.DEFINITION,
            Answering.SELF,
            f"What does {found.abbreviation} stand for?",
            upper_first(found.expansion),
            section,
            item,
            explanation=sentence,
        )
        return


# What a page says of a concept that is praise or scale, not what the concept is.
_EVALUATIVE = re.compile(
    r"^(?:so|very|really|the most|one of the most|two|both|not just|more than|"
    r"(?:an?|the)\s+(?:\w+\s+)?(?:crucial|important|key|vital|essential|foundational|"
    r"fundamental|critical|big|major|integral|central|core)\s+(?:part|piece|component|aspect|"
    r"element|building block|concept|topic)s?\b)",
    re.IGNORECASE,
)
# Openings of an example or a story, which no definition starts with.
_STORY = re.compile(r"^(?:imagine|picture|think|let's|let us|have you|suppose|say)\b", re.I)


def _defining_sentence(ctx: _Context) -> tuple[Section, Item, str] | None:
    """The summary sentence that says what the entry is.

    The first summary sentence that defines the entry by name ('A CDN is ...'), else,
    under a heading that promises a definition ('In one sentence', 'Definition'), its
    first sentence; never a sentence that praises ('X is so commonly used that ...') or
    opens a story ('Imagine a clock ...').
    """
    found: tuple[Section, Item, str] | None = None
    named_before = False  # the sentence before opened with the entry's name
    for section, item, sentence in _sentences(ctx.entry, SectionKind.SUMMARY):
        if _STORY.match(sentence):
            named_before = False
            continue
        opening = item is section.items[0] and item.text.startswith(sentence)
        # 'DNS stands for Domain Name System. It translates names into addresses.': the
        # 'It' after a sentence about the entry is the entry.
        defined = definition_of(
            sentence, ctx.entry.names, pronoun=opening or named_before, loose=opening
        )
        spans = ctx.own.find(sentence)
        named_before = bool(spans) and spans[0][0] <= 4
        if defined is not None:
            if defined.predicate and _EVALUATIVE.match(defined.predicate):
                continue
            return section, item, sentence
        promised = section.heading and not section.heading.rstrip().endswith("?")
        if found is None and promised:
            found = (section, item, sentence)
    return found


def _definition(ctx: _Context) -> Iterator[Card]:
    chosen = _defining_sentence(ctx)
    if chosen is None:
        return
    section, item, sentence = chosen
    # Answer with the predicate when the sentence starts with the entry's name, so the
    # answer does not open by repeating the question.
    yield ctx.card(
        CardKind.DEFINITION,
        Answering.SELF,
        f"What is {ctx.mention}?",
        _predicate(ctx, sentence),
        section,
        item,
        explanation=sentence,
    )
    yield from _stands_for(ctx)


# -- what it does, what it is used for, what it is not ---------------------------------

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
_USED = re.compile(r"^(?:is|are)\s+(?:\w+ly\s+)?used\s+(?:for|to)\s+(?P<use>.{8,})$", re.I)
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


def _acts(rest: str, plural: bool) -> bool:
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


def _claims(ctx: _Context) -> Iterator[Card]:
    """The key claims of prose that names the entry as its subject.

    'CDNs make for fast service ...' -> 'What do CDNs do?'; 'CDNs are used widely for
    delivering stylesheets ...' -> 'What are CDNs used for?'; 'HTTPS does not hide which
    sites you visit' -> a true statement to judge. One card of each shape per entry.
    """
    asked: set[str] = set()
    kinds = (SectionKind.SUMMARY, SectionKind.EXPLANATION, SectionKind.OTHER)
    for section, item, sentence in _sentences(ctx.entry, *kinds):
        if not _stands_alone(sentence) or len(words(sentence)) > 35:
            continue
        body = strip_end(sentence)
        spans = ctx.own.find(body)
        subject = ctx.subject_and_rest(body, spans)
        if subject is None or subject[0] == "=" or len(spans) > 1:
            continue
        rest = subject[1]
        said = body[spans[0][0] : spans[0][1]]
        plural = said.endswith("s") and not said.endswith(("ss", "us", "is")) and said[-1].islower()
        if not plural:
            name = ctx.mention
        elif any(char.isupper() for char in said[1:]) or ctx.mention[-1:].isupper():
            name = said  # 'CDNs', 'APIs': written in capitals wherever they stand
        else:
            name = lower_first(said)
        claim = _claim(rest, body, name, plural)
        if claim is None or claim[0] in asked:
            continue
        shape, prompt, answer = claim
        summary = section.kind is SectionKind.SUMMARY
        if shape == "does" and summary and not item.text.startswith(sentence):
            continue  # a summary's later sentences lean on its first
        asked.add(shape)
        if shape == "not":
            yield _true_or_false(ctx, prompt, True, section, item, sentence)
        else:
            yield ctx.card(
                CardKind.DEFINITION,
                Answering.SELF,
                prompt,
                answer,
                section,
                item,
                explanation=sentence,
            )


def _claim(rest: str, body: str, name: str, plural: bool) -> tuple[str, str, str] | None:
    """(shape, prompt, answer) of the claim a predicate about the entry makes, or None.

    The shapes, first match wins: what it consists of, how it can be done, what it is
    used for, what it is not (then the prompt is the statement itself, to judge true),
    what it does.
    """
    do, be = ("do", "are") if plural else ("does", "is")
    if (parts := _PARTS.match(rest)) is not None:
        return "parts", f"What {do} {name} consist of?", upper_first(parts["parts"]) + "."
    if (passive := _PASSIVE.match(rest)) is not None:
        prompt = f"How {passive['modal'].lower()} {name} be {passive['done']}?"
        return "how", prompt, upper_first(passive["means"]) + "."
    if (used := _USED.match(rest)) is not None:
        return "used", f"What {be} {name} used for?", upper_first(used["use"]) + "."
    if _NEGATIVE.match(rest):
        return "not", body, TRUE_FALSE[0]
    if _acts(rest, plural):
        return "does", f"What {do} {name} do?", upper_first(rest) + "."
    return None


# -- identify -----------------------------------------------------------------------

_ARTICLE = re.compile(r"(?:the|a|an)\s+", re.I)
_COMPARING = re.compile(r"\b(also|both|too|as well|like|unlike|either|neither)\b", re.I)


def _which_concept(ctx: _Context, sentence: str) -> str | None:
    """'The backend is X' -> 'Which concept is X?'; '... on the backend' -> '... on which concept?'.

    None when the entry's name is neither the subject nor the last words, or when the
    sentence would be true of a sibling too.
    """
    body = strip_end(sentence)
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
        plural = said.endswith("s") and not said.endswith(("ss", "us", "is")) and said[-1].islower()
        if verb != "=" and (plural or not _predicate_opens(rest)):
            return None  # 'CDNs make ...' reads wrong after 'Which concept'; 'X value is
        prompt = f"Which concept {'is ' if verb == '=' else ''}{rest}?"
    elif head is not None and len(words(head)) >= 3 and not split_label(body)[0]:
        if ctx.opens_with_sibling(head):
            return None  # 'The frontend talks to the backend' is about the frontend
        prompt = f"{upper_first(head)} which concept?"
    if prompt is None or _COMPARING.search(body):
        return None
    if ctx.own.find(prompt):
        return None  # the name again further on would give the answer away
    return prompt


def _sibling_pool(ctx: _Context) -> list[str]:
    """Titles to stand beside the entry's own as wrong options: the path's steps first."""
    # Never kin of the answer ('HTTPS' beside 'HTTP', 'IPv6' beside 'IPv4'): a statement
    # about one is often true of the other.
    fit = [o for o in ctx.distractors if not any(kin(o.title, n) for n in ctx.entry.names)]
    titles = [other.title for other in fit]
    same_path = [other.title for other in fit if other.path == ctx.entry.path]
    return same_path if len(same_path) >= MAX_DISTRACTORS else titles[:MAX_DISTRACTORS]


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
    return first in _VERB_OPENERS or _acts(rest, plural=False)


def _name_choice(
    ctx: _Context,
    kind: CardKind,
    prompt: str,
    pool: Sequence[str],
    section: Section,
    item: Item,
    sentence: str,
) -> Card | None:
    """A question answered by the entry's own name, as a choice among other concepts.

    No option the prompt itself names ('... through an API' leaves API out); None when
    that leaves none to choose from.
    """
    named = [title for title in pool if not has_phrase(prompt, title)]
    if not named:
        return None
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


def _identify(ctx: _Context) -> Iterator[Card]:
    # Sentences that define the entry: its summary, takeaways and analogy, and in pages
    # with none of those marked, the prose that names it as the subject.
    kinds = (
        SectionKind.SUMMARY,
        SectionKind.TAKEAWAYS,
        SectionKind.ANALOGY,
        SectionKind.EXPLANATION,
        SectionKind.OTHER,
    )
    pool = _sibling_pool(ctx)
    for section, item, sentence in _sentences(ctx.entry, *kinds):
        if not _stands_alone(sentence):
            continue
        if section.kind in (SectionKind.EXPLANATION, SectionKind.OTHER) and (
            ctx.subject_and_rest(strip_end(sentence)) is None
        ):
            continue  # in running prose only a sentence about the entry itself defines it
        prompt = _which_concept(ctx, sentence)
        if prompt is None:
            continue
        if not pool:  # nothing to choose from: recall the name instead
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
        card = _name_choice(ctx, CardKind.IDENTIFY, prompt, pool, section, item, sentence)
        if card is not None:
            yield card


# -- cloze --------------------------------------------------------------------------


# Sections whose sentences define the entry (DESIGN.md: identify from defining sentences).
_DEFINING = frozenset({SectionKind.SUMMARY, SectionKind.TAKEAWAYS, SectionKind.ANALOGY})

# Openings that lean on the sentence before ('Similarly, ...', 'In other words, ...') or
# that start an example ('Here is ...'): such a sentence does not stand on its own card.
_LEANS_BACK = re.compile(
    r"^(?:similarly|likewise|in other words|that is|as a result|therefore|thus|hence|so|"
    r"also|however|but|and|or|then|okay|ok|now|really|here is|here's|here are|for example|"
    r"for instance|e\.g\.|i\.e\.|again|instead|otherwise|meanwhile|finally|first|second|"
    r"third|next|lastly|let's|let us|in (?:this|that|other|some|many) "
    r"(?:case|cases|example|article|post|guide|context|contexts|sense)|"
    r"this|that|these|those|it|its|they|their|such)\b",
    re.IGNORECASE,
)
# Code, paths and sample values: a sentence holding one quizzes an example, not an idea.
_CODE = re.compile(r"[{}<>`]|\(\)|\w/\w|\w\.\w+\(|\b[A-Z]+ /\w|=\s*\S")


def _cut_off(text: str) -> bool:
    """Whether a text stops mid-way: an unclosed bracket or quote (a page cut short)."""
    return text.count("(") != text.count(")") or text.count("“") > text.count("”")


def _stands_alone(sentence: str) -> bool:
    """Whether a sentence makes sense as a card of its own: a whole, plain statement."""
    first = sentence.lstrip()[:1]
    if not first or not (first.isupper() or first.isdigit()):
        return False  # cut off at the start: a wrap, a truncated page, a quote's tail
    if sentence.rstrip().endswith(":"):
        return False  # it goes on in a list the card would not show
    if not sentence.rstrip().rstrip("\"'”’)").endswith((".", "!", "?")) or _cut_off(sentence):
        return False  # no full stop: a heading, a label or a page cut short
    return _LEANS_BACK.match(sentence) is None and _CODE.search(sentence) is None


def _cloze(ctx: _Context) -> Iterator[Card]:
    # Every takeaway is worth a blank; other prose only where the text marks the idea.
    for section, item, sentence in _sentences(ctx.entry, SectionKind.TAKEAWAYS):
        yield from _cloze_card(ctx, section, item, sentence, strong_only=False)
    others = (
        SectionKind.SUMMARY,
        SectionKind.EXPLANATION,
        SectionKind.ANALOGY,
        SectionKind.EXAMPLE,
        SectionKind.OTHER,
    )
    for section, item, sentence in _sentences(ctx.entry, *others):
        if _stands_alone(sentence):
            yield from _cloze_card(ctx, section, item, sentence, strong_only=True)


def _cloze_card(
    ctx: _Context,
    section: Section,
    item: Item,
    sentence: str,
    *,
    strong_only: bool,
    names: bool = False,
) -> Iterator[Card]:
    if len(words(sentence)) > 40:
        return  # a sentence this long is a paragraph's worth: no one blank carries it
    # A quoted phrase is a blank only where the sentence says what the entry is ('The
    # backend is the "invisible brain"'); elsewhere quotes hold examples and sample values.
    defining = definition_of(sentence, ctx.entry.names) is not None
    blank = cloze.find_blank(
        sentence,
        ctx.concepts,
        strong_only=strong_only,
        concept_names=names,
        own=ctx.own,
        defining=defining,
    )
    if blank is not None and blank.own_name:
        # Typing the entry's own name under a header that shows it answers itself: ask it
        # as a choice among the path's other concepts ('must run on the ____': backend).
        pool = _sibling_pool(ctx)
        if not pool or ctx.own.find(blank.prompt):
            return  # nothing to choose from, or the name stands elsewhere in the sentence
        asked_as_identify = section.kind is not SectionKind.TAKEAWAYS and _which_concept(
            ctx, sentence
        )
        if section.kind not in _DEFINING or asked_as_identify:
            # In running prose a sentence naming the entry is rarely about it; and one
            # that can be asked as 'Which concept ...?' is left to the identify maker.
            return
        card = _name_choice(ctx, CardKind.CLOZE, blank.prompt, pool, section, item, sentence)
        if card is not None:
            yield card
        return
    if blank is not None:
        yield ctx.card(
            CardKind.CLOZE,
            Answering.TYPED,
            blank.prompt,
            blank.answer,
            section,
            item,
            explanation=sentence,
            accepted=blank.accepted,
        )


# -- list ---------------------------------------------------------------------------

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
        and not _NOT_A_NOUN_PHRASE.search(heading)
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
    return f"the {number_word(count)} points listed under “{strip_end(heading)}” for {mention_}"


# A heading with one of these words is a clause or a comparison, not a noun phrase that
# fits 'the three ... of X' ('How DNS Works', 'Polling vs. Webhooks').
_NOT_A_NOUN_PHRASE = re.compile(
    r"\b(?:how|why|what|when|where|who|which|vs|versus|is|are|does|do|works?|can|could|should|"
    r"will|may|include|includes|store|stores|yes|no)\b",
    re.IGNORECASE,
)


def _list(ctx: _Context) -> Iterator[Card]:
    for section in ctx.entry.sections:
        items = _list_items(section)
        if not items or not section.heading.strip():
            continue  # a list with no heading: nothing says what its items are
        if any(_cut_off(item.text) for item in items):
            continue  # an item cut short ('(e.g'): the list is not whole
        heads = [head_of(item.text) for item in items]
        folds = {fold(head) for head in heads}
        if len(folds) != len(heads) or not all(words(head) for head in heads):
            continue  # a repeated or empty head cannot be asked for
        phrase = _list_phrase(section.heading, len(heads), ctx.mention)
        answer = "\n".join(f"{number}. {head}" for number, head in enumerate(heads, 1))
        explanation = " ".join(collapse(item.text) for item in items)
        yield ctx.card(
            CardKind.LIST,
            Answering.SELF,
            f"What are {phrase}?",
            answer,
            section,
            items[0],
            explanation=explanation,
        )
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
    ctx: _Context, own: Section, heads: Sequence[str], prompt: str
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


# -- true or false ------------------------------------------------------------------


def _misconception_items(entry: Entry) -> Iterator[tuple[Section, Item]]:
    for section in entry.sections:
        for item in _texts(section):
            if section.kind is SectionKind.MISCONCEPTION:
                yield section, item
            elif truth.is_misconception_label(split_label(item.text)[0]):
                # An inline 'Common misconception: ...' the parser left in another section.
                yield section, item


def _truefalse(ctx: _Context) -> Iterator[Card]:
    claims: list[tuple[Section, Item, truth.Claim]] = []
    for section, item in _misconception_items(ctx.entry):
        claims.extend((section, item, claim) for claim in truth.misconception_claims(item.text))
    for section, item, sentence in _sentences(ctx.entry, SectionKind.TAKEAWAYS):
        claim = truth.takeaway_claim(sentence, ctx.mention)
        if claim is not None:
            claims.append((section, item, claim))
    for section, item, claim in claims:
        yield _true_or_false(ctx, claim.statement, claim.true, section, item, claim.settles)


def _true_or_false(
    ctx: _Context, statement: str, true: bool, section: Section, item: Item, settles: str
) -> Card:
    """'True or false: <statement>?', with the sentence that settles it as explanation."""
    return ctx.card(
        CardKind.TRUEFALSE,
        Answering.CHOICE,
        f"True or false: {lower_first(statement)}?",
        TRUE_FALSE[0] if true else TRUE_FALSE[1],
        section,
        item,
        explanation=settles,
        fixed_options=TRUE_FALSE,
    )


# -- faq ----------------------------------------------------------------------------


def _faq(ctx: _Context) -> Iterator[Card]:
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


def _question_headings(ctx: _Context) -> Iterator[Card]:
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
            prompt = f"Why does {ctx.mention} matter?"
        elif how:
            prompt = f"How does {ctx.mention} work?"
        elif len(words(answer)) < 5 or not content_words(answer) & content_words(section.heading):
            continue  # an answer must at least speak of what was asked
        else:
            prompt = as_question(re.sub(r"^\d{1,3}[.)]\s+", "", collapse(section.heading)))
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


# -- pros and cons ------------------------------------------------------------------


def _proscons(ctx: _Context) -> Iterator[Card]:
    pros = [(s, i) for s in _sections(ctx.entry, SectionKind.PROS) for i in _texts(s)]
    cons = [(s, i) for s in _sections(ctx.entry, SectionKind.CONS) for i in _texts(s)]
    pro_texts = {strip_end(collapse(i.text)).lower() for _, i in pros}
    con_texts = {strip_end(collapse(i.text)).lower() for _, i in cons}
    for answer, items in ((PRO_CON[0], pros), (PRO_CON[1], cons)):
        for section, item in items:
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


# -- fit ----------------------------------------------------------------------------


def _choice_texts(entry: Entry, kind: SectionKind) -> list[tuple[Section, Item, str]]:
    """The items of a kind of section as option texts: no empty ones, no repeats."""
    found: dict[str, tuple[Section, Item, str]] = {}
    for section in _sections(entry, kind):
        for item in _texts(section):
            text = strip_end(collapse(item.text))
            if words(text):
                found.setdefault(fold(text), (section, item, text))
    return list(found.values())


def _fit(ctx: _Context) -> Iterator[Card]:
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


# -- all together -------------------------------------------------------------------

# Earlier kinds win when two cards ask the same thing.
MAKERS = (
    _definition,
    _claims,
    _list,
    _faq,
    _question_headings,
    _cloze,
    _truefalse,
    _identify,
    _proscons,
    _fit,
)


# A word holding a sign that changes its meaning ('2+2', '2*2', '2-2', 'C++', 'C#'),
# which the content words alone would fold together.
_SIGNED = re.compile(r"\S*(?:[+*/=<>%#^&|~]|\d-\d)\S*")


def _fingerprint(card: Card) -> frozenset[str]:
    text = card.prompt if card.answer in (*TRUE_FALSE, *PRO_CON) else f"{card.prompt} {card.answer}"
    signed = frozenset(match.rstrip("?.,;:!") for match in _SIGNED.findall(card.prompt))
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

    def _prefix(self, fingerprint: frozenset[str]) -> list[str]:
        ordered = sorted(fingerprint, key=lambda word: (self.rarity.get(word, 0), word))
        return ordered[: len(ordered) - math.ceil(SAME_QUESTION * len(ordered)) + 1]

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
    ctx = _Context(entry, others, seed)
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
    for card, fingerprint in proposed:
        if card.id in ids:
            continue
        if asked.before(fingerprint):
            continue
        if problems(card, entry):
            continue
        deck.append(card)
        ids.add(card.id)
        asked.add(fingerprint)
    return deck
