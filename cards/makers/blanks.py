"""Cloze cards: which sentences of an entry get a blank, and the card each makes.

Every takeaway is worth a blank; other prose only where the text marks its idea. Where
the blank goes inside one sentence is `cards.cloze`'s job (`find_blank`); this module
chooses the sentences, drops blanks that the review header or the sentence gives away,
and asks a blank on the entry's own name as a choice among other concepts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cards import cloze
from cards.defining import SPELLS_ONLY, definition_of
from cards.makers.context import Context
from cards.makers.definitions import BESIDE_THE_POINT, judges_it, weak_definition
from cards.makers.identify import name_choice, sibling_pool, which_concept
from cards.makers.prose import (
    TELLS_A_STORY,
    broke_off,
    labels_something,
    last_item,
    sentences_of,
    singular,
    stands_alone,
)
from cards.model import Answering, Card, CardKind, Item, Section, SectionKind
from cards.sentences import dash_labelled, has_phrase, words

# Sections whose sentences define the entry (DESIGN.md: identify from defining sentences).
_DEFINING = frozenset({SectionKind.SUMMARY, SectionKind.TAKEAWAYS, SectionKind.ANALOGY})


def cloze_cards(ctx: Context) -> Iterator[Card]:
    # Every takeaway is worth a blank; other prose only where the text marks the idea.
    last = last_item(ctx.entry)
    for section, item, sentence in sentences_of(ctx.entry, SectionKind.TAKEAWAYS):
        if broke_off(sentence, item, last):
            continue  # the page's last words with no stop: the copy broke off ('... devic')
        if labels_something(sentence) or dash_labelled(sentence) or TELLS_A_STORY.match(sentence):
            # 'Related Antipatterns: Transaction Script.': nothing stated; 'Base Case -
            # This is the stopping condition ...': a term's gloss, its label in the prompt;
            # 'Imagine a thief ...': a scene set for what follows
            continue
        if not item.text.lstrip().startswith(sentence):
            # A takeaway's paragraph goes on after its point ('Retire golden masters when
            # you have real tests. ... Don't carry it forever.'): what follows explains
            # it, read as any other prose is
            if stands_alone(sentence):
                yield from _cloze_card(ctx, section, item, sentence, strong_only=True)
            continue
        yield from _cloze_card(ctx, section, item, sentence, strong_only=False)
    others = (
        SectionKind.SUMMARY,
        SectionKind.EXPLANATION,
        SectionKind.ANALOGY,
        SectionKind.EXAMPLE,
        SectionKind.OTHER,
    )
    # A sentence about the entry itself may blank the name of another concept it names
    # ('The DOM is loaded in the ____': browser): that is a fact of the entry's subject.
    about = {sentence for _, _, sentence, _, _ in ctx.about}
    defining = ctx.defining[2] if ctx.defining else ""
    for section, item, sentence in sentences_of(ctx.entry, *others):
        if SPELLS_ONLY.match(sentence):
            continue  # 'GDP is an acronym for Gross Domestic Product.': 'What does GDP stand for?'
        if stands_alone(sentence) and not (sentence == defining and sentence in about):
            named = sentence in about and section.kind is not SectionKind.EXAMPLE
            yield from _cloze_card(ctx, section, item, sentence, strong_only=True, names=named)


def _in_title(ctx: Context, answer: str) -> bool:
    """Whether an answer is a word of the entry's title, which the review header shows."""
    shown = {singular(word) for word in words(ctx.entry.title)}
    return bool(words(answer)) and all(singular(word) in shown for word in words(answer))


# The fewest words a cloze shows beside its blank: fewer leave the blank anyone's guess.
_FEWEST_SHOWN = 4
# A blank inside a dotted name: 'subdomain.domain.____', '____.example.com'.
_IN_A_DOTTED_NAME = re.compile(r"\w\.____|____\.\w")


def _inside_the_title(ctx: Context, answer: str) -> bool:
    """Whether the answer's first word starts a longer word of the title, which the review
    header shows: 'deep learning' under 'Deepfake'."""
    first = words(answer)[:1]
    if not first or len(first[0]) < 3:
        return False
    start = first[0].lower()
    return any(
        len(word) > len(start) and word.lower().startswith(start) for word in words(ctx.entry.title)
    )


# What someone strives to do: an aim, no fact to fill in.
_STRIVES = re.compile(r"\bstriv(?:es?|ing)\s+to\s", re.I)
# A name no synonym stands for: capitals inside it or a digit ('HTML', 'JavaScript').
_SPECIFIC = re.compile(r"[A-Z0-9]")


def _cloze_card(
    ctx: Context,
    section: Section,
    item: Item,
    sentence: str,
    *,
    strong_only: bool,
    names: bool = False,
) -> Iterator[Card]:
    if len(words(sentence)) > 40:
        return  # a sentence this long is a paragraph's worth: no one blank carries it
    if _STRIVES.search(sentence):
        return  # 'Hotspot providers strive to make connecting ____ clients as simple ...': a wish

    defined = definition_of(sentence, ctx.entry.names)
    if defined is not None and judges_it(defined.predicate):
        return  # 'X is a relatively unknown attack, often mixed up with ____': a remark
    # A quoted phrase is a blank only where the sentence says what the entry is ('The
    # backend is the "invisible brain"'); elsewhere quotes hold examples and sample values.
    # (nor where it names a figure of speech: 'the “brains” behind many AI systems')
    defining = (
        defined is not None
        and not weak_definition(ctx, sentence)
        and not BESIDE_THE_POINT.match(defined.predicate)
    )
    blank = cloze.find_blank(
        sentence,
        ctx.concepts,
        strong_only=strong_only,
        concept_names=names,
        own=ctx.own,
        defining=defining,
    )
    if blank is not None and len(words(blank.prompt.replace("____", " "))) < _FEWEST_SHOWN:
        return  # 'Follow a ____' (systematic review process): too little left to go on
    if blank is not None and blank.own_name and names:
        return  # a sentence about the entry asked for the entry: the identify card's job
    if blank is not None and not blank.own_name and _in_title(ctx, blank.answer):
        return  # 'REST is the style for ____' (APIs) under the header 'REST API'
    if blank is not None and not blank.own_name and _inside_the_title(ctx, blank.answer):
        return  # 'Deepfake, a portmanteau of "____" and "fake"' (deep learning)
    if blank is not None and _IN_A_DOTTED_NAME.search(blank.prompt):
        return  # 'subdomain.domain.____' (tld): a part of an address, not a word
    if (
        blank is not None
        and names
        and blank.source == "concept"
        and not _SPECIFIC.search(blank.answer)
    ):
        return  # 'studies ____' (algorithms): a common word has synonyms that fit too
    if blank is not None and blank.own_name:
        # Typing the entry's own name under a header that shows it answers itself: ask it
        # as a choice among the path's other concepts ('must run on the ____': backend).
        pool = sibling_pool(ctx)
        if not pool or ctx.own.find(blank.prompt):
            return  # nothing to choose from, or the name stands elsewhere in the sentence
        asked_as_identify = section.kind is not SectionKind.TAKEAWAYS and which_concept(
            ctx, sentence
        )
        if section.kind not in _DEFINING or asked_as_identify:
            # In running prose a sentence naming the entry is rarely about it; and one
            # that can be asked as 'Which concept ...?' is left to the identify maker.
            return
        card = name_choice(ctx, CardKind.CLOZE, blank.prompt, pool, section, item, sentence)
        if card is not None:
            yield card
        return
    if blank is not None:
        # The right-hand side of 'Database = the organised, searchable memory ...' is the
        # page's own wording, which nobody could type from knowing the concept: recalled
        # and rated by the learner instead.
        answering = Answering.SELF if blank.source == "after_equals" else Answering.TYPED
        yield ctx.card(
            CardKind.CLOZE,
            answering,
            blank.prompt,
            blank.answer,
            section,
            item,
            explanation=sentence,
            # ('ASCII (____) was created ...' takes the words spelled out, not the letters
            # the prompt shows beside the blank)
            accepted=tuple(other for other in blank.accepted if not has_phrase(blank.prompt, other))
            if answering is Answering.TYPED
            else (),
        )
