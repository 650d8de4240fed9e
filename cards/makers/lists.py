"""List cards: 'What are the three jobs of X?', and which item is not one of them.

From a list under a heading that names it, a list a sentence ending in a colon leads
('a hash function must be:'), and a sentence that counts and lists ('There are two
ways ...: a and b'). A list named by its heading also gives an odd-one-out card.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from cards.defining import definition_of
from cards.glossary import compared_names
from cards.headings import are_point_labels, meta_field
from cards.makers.context import MAX_DISTRACTORS, Context
from cards.makers.definitions import STORY
from cards.makers.odd_one_out import odd_one_out
from cards.makers.prose import EXAMPLES_FOLLOW, LEANS_BACK, cut_off, sentences_of
from cards.makers.section_lists import NOT_LISTS, clause_question, list_items, list_phrase
from cards.model import Answering, Card, CardKind, Item, ItemKind, Section, SectionKind
from cards.names import cached_mention, same_or_plural, sentence_cased
from cards.rules import fold
from cards.sentences import (
    NUMBER_WORDS,
    SEVERAL,
    has_phrase,
    head_of,
    lower_first,
    number_word,
    split_sentences,
    stem,
    strip_end,
    words,
)
from cards.text import collapse

# How many items a list led by a sentence may have to be asked whole.
_LED_LIST = (3, 8)


# A lesson's aims over its list: 'By the end of this lesson, students will be able to:',
# 'In this unit you will learn:'.
_OBJECTIVES = re.compile(
    r"^(?:by\s+the\s+end\s+of\s+this\s+(?:lesson|course|unit|chapter|module|class)|"
    r"in\s+this\s+(?:lesson|course|unit|chapter|module|class),?\s+(?:you|students)\s+will)\b",
    re.I,
)


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


# A command line or a sample value: a placeholder domain or address, an option flag,
# or a lower-case command before a host name ('nslookup example.com').
_SAMPLE_LINE = re.compile(
    r"\b(?:example\.(?:com|org|net)|localhost|127\.0\.0\.1)\b|"
    r"^[a-z][\w-]*\s+--?[a-z]|^[a-z][\w-]*\s+[\w-]+(?:\.[\w-]+)+$"
)


# The last words of a sentence that a list finishes: 'must be', 'such as', 'include'.
_OPEN_ENDS = frozenset(
    (
        *("be", "are", "is", "include", "contain", "cover", "need", "require", "involve"),
        *("have", "as", "like", "following", "of", "to", "for", "with", "by", "into", "use"),
    )
)


# A lead that divides one thing into its stages: asked as 'What are the four main stages
# of cellular respiration?'.
_DIVIDED_INTO = re.compile(
    r"^(?:the\s+(?:process|cycle)\s+of\s+)?(?P<whole>[\w' -]{2,50}?)\s+(?:can\s+be|is)\s+"
    r"(?:divided|broken\s+down|split)\s+into\s+(?P<count>two|three|four|five|six|seven)\s+"
    r"(?P<parts>(?:main\s+|key\s+|major\s+|different\s+)?(?:stages|steps|phases|parts))$",
    re.I,
)
_EXAMPLES_OF = re.compile(r"\bexamples?\s+(?:of|include)\b", re.I)
# A lead-in to sample lines: 'The headers might look something like this'.
_LOOKS_LIKE = re.compile(
    r"\blooks?\s+(?:something\s+|roughly\s+|a\s+bit\s+)?like\s+(?:this|so)$", re.I
)


_ASIDE = re.compile(r"\s*\([^()]*\)")
_LONGEST_POINT = 8  # words of a point a lead sentence finishes
_LONGEST_CHECK = 12  # of a point of a list named by its kind ('Things to check ...:')
# A lead that names its points by their kind, in the plural, with no verb of its own
# ('Things to check before buying a fish', 'Signs of a sick fish').
_NAMED_BY_ITS_KIND = re.compile(
    r"^(?:things|signs|symptoms|steps|tools|questions|checks|causes|reasons)\s+"
    r"(?:to|of|for|that|you)\b(?!.*\b(?:is|are|was|were|will|can|should|must)\s)",
    re.I,
)


def _led_list_card(
    ctx: Context, section: Section, lead: str, items: tuple[Item, ...]
) -> Card | None:
    """The card asking for a list its lead sentence introduces, or None when it is no
    list to learn whole."""
    plain_lead = lead.replace("’", "'")
    divides_it = _DIVIDED_INTO.match(plain_lead.rstrip(":").rstrip()) is not None
    if not divides_it and (
        definition_of(lead, ctx.entry.names) is not None or LEANS_BACK.match(plain_lead)
    ):
        return None  # the definition's own list is in its answer; 'This ...:' leans back
    if (
        STORY.match(plain_lead)
        or EXAMPLES_FOLLOW.search(lead.rstrip(":").rstrip())
        or _EXAMPLES_OF.search(plain_lead)
        or _LOOKS_LIKE.search(lead.rstrip(":").rstrip())
    ):
        # an analogy's parts, or examples ('Some examples of embedded systems are'): not a
        # list to learn whole, as any other examples would do
        return None
    if re.match(r"(?:I|I'm|I've|My)\s", plain_lead):
        return None  # 'I have a few questions regarding this term:': a reader's comment
    if _OBJECTIVES.search(plain_lead):
        return None  # 'By the end of this lesson, students will be able to:': the course's aims
    heads = [head_of(item.text) for item in items]
    # 'Things to check before buying a fish:': a label naming its points by their kind
    named = _NAMED_BY_ITS_KIND.match(lead) is not None
    # (an aside in brackets is no part of a point's length: 'temperament (peaceful,
    # semi-aggressive, aggressive)'; a checklist's point may say a little more: 'that
    # there is no glass stuck in the tread')
    longest = _LONGEST_CHECK if named else _LONGEST_POINT
    if any(cut_off(item.text) for item in items) or not all(
        0 < len(words(_ASIDE.sub("", head))) <= longest for head in heads
    ):
        return None
    if len({fold(head) for head in heads}) != len(heads):
        return None
    if any(_SAMPLE_LINE.search(head) for head in heads):
        return None  # 'dig example.com': commands to type, not points to learn
    opening = lead.rstrip(":").rstrip()
    if _A_WRITERS_GROUPING.search(opening) and _labels_of_points(heads, items):
        return None  # 'consider the following:' / 'Lower is better: Aim for ...': advice
    if len(words(opening)) < 5 and not ctx.own.find(opening):
        return None  # 'Common good fits …': a label's words, naming no subject to recall
    last = (words(opening) or [""])[-1].lower()
    divided = _DIVIDED_INTO.match(opening)
    if named:
        # 'Things to check before buying a fish:' over five points: no sentence for them
        # to finish
        asked = f"What are the {number_word(len(heads))} {lower_first(opening)}?"
    elif not (last.endswith("s") and not last.endswith("ss")) and last not in _OPEN_ENDS:
        # 'WebP currently wins in terms of compatibility and performance:' is a whole
        # sentence; its points bear it out, they do not finish it
        return None
    elif divided is not None and divided["count"].lower() == number_word(len(heads)):
        # 'The process of cellular respiration can be divided into four main stages'; 'It
        # is divided into ...' right after the definition: the entry's
        whole = lower_first(divided["whole"])
        if whole.lower() in ("it", "this", "this process"):
            whole = ctx.mention
        parts = re.sub(r"^different\s+", "", divided["parts"])
        asked = f"What are the {divided['count'].lower()} {parts} of {whole}?"
    else:
        asked = f"Which {number_word(len(heads))} points finish the sentence “{opening} …”?"
    if all(_CODE.fullmatch(head) or _COUNTING.fullmatch(head) for head in heads):
        # 'One satellite: You're on a sphere ...', 'Two satellites: ...': what each says
        heads = [_with_meaning(head, item.text) for head, item in zip(heads, items, strict=True)]
    return ctx.card(
        CardKind.LIST,
        Answering.SELF,
        asked,
        "\n".join(f"{number}. {head}" for number, head in enumerate(heads, 1)),
        section,
        items[0],
        explanation=" ".join(collapse(item.text) for item in items),
    )


def _named_by_heading(ctx: Context, section: Section, items: tuple[Item, ...]) -> bool:
    """Whether the section's heading names these items well ('The three jobs of X')."""
    listed = list_items(section)
    if not section.heading.strip() or not set(items) <= set(listed):
        return False
    # Only a heading that counts the items ('The Three Jobs ...') surely names them:
    # 'Cryptographic hash functions' above 'a hash function must be: ...' does not.
    counted = {number_word(len(listed)), str(len(listed))}
    return bool(counted & set(words(section.heading)))


# A list head that is a code, not a word: '1xx', '404', 'F5', 'x86' (with a digit).
_CODE = re.compile(r"(?=\S*\d)\S{1,5}")
# A head that counts: 'One satellite', 'Two satellites', ... follow from each other too.
_COUNTING = re.compile(rf"(?:{SEVERAL}|one|1)\s+[\w-]+", re.I)


def _with_meaning(head: str, text: str) -> str:
    """'4xx: client error' of '4xx: client error, the request itself was wrong'."""
    said = text[len(head) :].lstrip(" :—–-")
    # ('Transport: For large projects, implement a buffer ...': what it is said of comes
    # first, then what it says; the point runs on to the next break)
    lead = _SETTING.match(said)
    start = lead.end() if lead is not None else 0
    rest = said[start:]
    # ('Contact: the attacker reaches out by email, phone or in person': a comma of a
    # series is no break)
    cut = next(
        (
            found.start()
            for found in _BREAK.finditer(rest)
            if found[0] != "," or _SERIES_COMMA.match(rest, found.start()) is None
        ),
        len(rest),
    )
    meaning = said[:start] + rest[:cut]
    return f"{head}: {meaning.strip()}" if meaning.strip() else head


# Where a point's meaning ends: a comma, semicolon, bracket or dash; and a comma inside a
# series of three, its last after 'and' or 'or' ('by email, phone or in person').
_BREAK = re.compile(r"[,;(]|\s[—–-]\s")
_SERIES_COMMA = re.compile(
    r",\s+[\w-]+(?:\s+[\w-]+)?\s+(?:or|and)\s+[\w-]+(?:\s+[\w-]+){0,2}[.;]?$"
)


# An opening phrase that sets when or where a point holds, up to its comma.
_SETTING = re.compile(
    r"(?:for|in|on|with|when|if|by|at|after|before|during|once|unless)\s[^,;()]{1,60},\s+", re.I
)


def _actors(heads: Sequence[str], items: Sequence[Item], meant: Sequence[str]) -> bool:
    """Whether a list's heads are short labels ('Server', 'Data Collection') each over a
    clause of three words or more, not steps said whole ('Define the ICP'); `meant` is
    each head with what its item says of it (`_with_meaning`)."""
    return all(
        len(head.split()) <= 3
        and item.text.startswith(f"{head}:")
        and len(words(said[len(head) + 1 :])) >= 3
        for head, item, said in zip(heads, items, meant, strict=True)
    )


# A page's own table of contents, which lists its parts, not the concept's.
_CONTENTS = frozenset(("contents", "table of contents", "in this article", "on this page"))


# A heading over the points two things are compared on.
_COMPARED_ON = re.compile(
    r"(?:the\s+)?(?:key\s+|main\s+|major\s+)?(?:differences|similarities)(?:\s+at\s+a\s+glance)?:?",
    re.I,
)


def _its_own_name(ctx: Context, heading: str) -> bool:
    """Whether a list's heading is the entry's own name, or the last word of it ('Nits'
    under 'Code review nit'): its points say what the thing does, not what it holds."""
    said = heading.strip().rstrip(":").strip()
    if not said or len(said.split()) > 3:
        return False
    last = ctx.entry.title.split()[-1] if ctx.entry.title.split() else ""
    return any(same_or_plural(said, name) for name in (*ctx.entry.names, last) if name)


def _asked_above(section: Section, first: Item) -> bool:
    """Whether a list comes right after a question of its own in the prose ('How Does a
    Heat Pump Work?' taken for a paragraph under the page's title 'Heat Pumps Explained'):
    the section's heading does not name it then."""
    at = next((k for k, item in enumerate(section.items) if item is first), 0)
    before = section.items[at - 1] if at else None
    return (
        before is not None
        and before.kind is ItemKind.PARAGRAPH
        and before.text.rstrip().endswith("?")
    )


def _led_from_above(before: Section | None, section: Section) -> list[tuple[str, tuple[Item, ...]]]:
    """The list a section opens with, when the section before ends on the sentence that
    leads into it: 'Mitosis is ... It is divided into four main stages:' as the summary,
    its four points the unheaded section after it."""
    if before is None or section.heading.strip() or not before.items:
        return []
    last = before.items[-1]
    if last.kind is not ItemKind.PARAGRAPH or not last.text.rstrip().endswith(":"):
        return []
    return list(_led_lists(replace(section, items=(last, *section.items))))


# Headings of a grouping a writer makes up, whose labels alone say nothing to recall:
# 'Key aspects of sectors', 'Key properties and constraints'.
# (and advice: 'When evaluating response times, consider the following:' over 'Lower is
# better: Aim for ...')
_A_WRITERS_GROUPING = re.compile(
    r"\b(?:aspects|properties|characteristics|traits|attributes|qualities|considerations|"
    r"things\s+to\s+consider|consider\s+the\s+following|tips)\b",
    re.I,
)
_SAID_AFTER_A_LABEL = 20  # characters a point says after its label, at least


def _labels_of_points(heads: Sequence[str], items: Sequence[Item]) -> bool:
    """Whether every item says a point after its head: the heads label points."""
    return all(
        len(item.text) > len(head) + _SAID_AFTER_A_LABEL
        for head, item in zip(heads, items, strict=True)
    )


# Heads that only join an item to the one before: 'Or: ...', 'Also: ...'.
_JOINING_WORDS = frozenset(("or", "and", "also", "then", "next", "alternatively"))


def list_cards(ctx: Context) -> Iterator[Card]:
    before: Section | None = None
    for section in ctx.entry.sections:
        # An example's steps ('A developer uses a cookie jar ...:' / 'Login Request: ...')
        # tell one story; they are no points a sentence about the concept is finished by.
        shown_only = section.kind in NOT_LISTS or section.kind is SectionKind.EXAMPLE
        above, before = _led_from_above(before, section), section
        led = [] if shown_only else above + list(_led_lists(section))
        led = [(lead, run) for lead, run in led if not _named_by_heading(ctx, section, run)]
        for lead, run in led:
            card = _led_list_card(ctx, section, lead, run)
            if card is not None:
                yield card
        items = list_items(section)
        if not items or not section.heading.strip():
            continue  # a list with no heading: nothing says what its items are
        if meta_field(section.heading) is not None:
            continue  # 'Also Known As' over 'Marketing team: ...': who says which name
        if section.heading.strip().casefold() in _CONTENTS:
            continue  # 'CONTENTS' over '1. Overview and Key Difference': the page's parts
        if _COMPARED_ON.fullmatch(section.heading.strip()):
            continue  # 'Key Differences' over '1. Focus 2. Configuration': what is compared
        if EXAMPLES_FOLLOW.search(section.heading.strip().rstrip(":").rstrip()):
            continue  # 'Contains management bits such as:': some of them, not a list to learn
        if _its_own_name(ctx, section.heading):
            continue  # 'Nits:' over 'Keep standards consistent', ...: what nits do
        if any(set(items) & set(run) for _, run in led):
            continue  # its sentences say what its lists are: asked above, or not at all
        if _asked_above(section, items[0]):
            continue  # a question right above it asks what it answers, not its heading
        if any(cut_off(item.text) for item in items):
            continue  # an item cut short ('(e.g'): the list is not whole
        if any(item.text.rstrip().endswith(":") for item in items):
            # '3. Convenience Without Sacrificing Security Autofill means:' over its own
            # bullets: a point that goes on below, cut mid-sentence as a head
            continue
        if section.kind is SectionKind.EXAMPLE and all(
            item.text.rstrip().endswith((".", "!", '"', "”")) and ctx.own.find(item.text)
            for item in items
        ):
            # a dictionary's usage examples: sentences that use the word ('Increasing the
            # observability of the network is ...'), nothing to recall about the concept
            continue
        heads = [head_of(item.text) for item in items]
        pairs = zip(heads, items, strict=True)
        if all(_VALUE_AFTER.match(item.text[len(head) :]) for head, item in pairs):
            # 'Default stack sizes:' over 'Linux: 8 MB', 'Windows: 1 MB': the values are
            # what the heading names, each under its case's label; no points to recall
            continue
        stated = _stated_count(section.heading)
        if stated is not None and stated != len(heads):
            continue  # 'How CORS Works (3 Steps)' over six lines of its code: not its steps
        folds = {fold(head) for head in heads}
        if len(folds) != len(heads) or not all(words(head) for head in heads):
            continue  # a repeated or empty head cannot be asked for
        if folds & _JOINING_WORDS:
            continue  # '3. Or: print a test layer ...': a head that only joins it to the last
        if are_point_labels(heads):
            continue  # '1. **Focus**: ...', '2. **Measure**: ...': labels, not things
        if _A_WRITERS_GROUPING.search(section.heading) and _labels_of_points(heads, items):
            # 'Key aspects of sectors' over 'Data storage: It holds a fixed amount ...':
            # the labels of a writer's own grouping, what each point says left behind
            continue
        if _one_sides_points(ctx.entry.title, section.heading):
            continue  # 'Access Ports' under 'access vs trunk': that side's qualities
        phrase = list_phrase(section.heading, len(heads), ctx.mention)
        shown = heads
        if all(_CODE.fullmatch(head) or _COUNTING.fullmatch(head) for head in heads):
            # '1xx', '2xx', ...: the codes alone follow from each other; what each means
            # is what there is to recall ('One satellite: You're on a sphere ...').
            pairs = zip(heads, items, strict=True)
            shown = [_with_meaning(head, item.text) for head, item in pairs]
        if all(head.isdigit() for head in shown):
            continue  # '01', '02': a page's own numbering of examples, with nothing said
        clause = (
            clause_question(sentence_cased(section.heading, ctx.body, ctx.mention), ctx.mention)
            if "points listed under" in phrase
            else None
        )
        if clause is not None and clause.startswith("How "):
            pairs = zip(heads, items, strict=True)
            meant = [_with_meaning(head, item.text) for head, item in pairs]
            if _actors(heads, items, meant):
                # 'How it Works' over 'Server: Renders ...', 'Browser: Displays ...': who
                # acts is no step without what it does
                shown = meant
        answer = "\n".join(f"{number}. {head}" for number, head in enumerate(shown, 1))
        explanation = " ".join(collapse(item.text) for item in items)
        asked = f"What are {phrase}?"
        if "points listed under" in phrase:
            if clause is None or clause.startswith(("When ", "Where ")):
                # 'the two points listed under “BASE” for ACID vs BASE' asks about the
                # page's layout, not the concept (GARBLED in every judge round); nor
                # 'When is a page rendered, in two points?' of 'When a page is
                # rendered:', whose points say what then happens
                continue
            # 'What frontend developers focus on' -> 'What do frontend developers focus on?'
            # ('How do you wedge clay, in three steps?': a way of doing, told in numbered
            # steps; bullets under 'How to use it' may be tips in any order)
            numbered = items[0].kind is ItemKind.NUMBERED
            parts = "steps" if numbered and clause.startswith("How do you ") else "points"
            asked = f"{clause[:-1]}, in {number_word(len(heads))} {parts}?"
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
        odd = odd_one_out(ctx, section, heads, prompt)
        if odd is None:
            continue
        wrong = ctx.pick(CardKind.LIST, prompt).sample(heads, min(MAX_DISTRACTORS, len(heads)))
        odd_head, odd_entry, odd_section = odd
        odd_mention = ctx.mention if odd_entry is ctx.entry else cached_mention(odd_entry)
        odd_phrase = list_phrase(odd_section.heading, len(list_items(odd_section)), odd_mention)
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


# What follows an item's label when the item is a value: ': 8 MB', ' - 256 KB'.
_VALUE_AFTER = re.compile(r"^\s*[:=–—-]\s*[~≈<>]?\s*\d")


def _stated_count(heading: str) -> int | None:
    """How many points a heading says its list has ('How CORS Works (3 Steps)', 'Five
    types of joins' -> 3, 5), else None."""
    found = _HEADING_COUNT.search(heading)
    if found is None:
        return None
    said = found["count"].lower()
    return int(said) if said.isdigit() else NUMBER_WORDS.index(said)


# A count in a heading, of the points its list holds: digits or 'two' to 'ten'.
_HEADING_COUNT = re.compile(
    rf"(?<![\w.,])(?P<count>{SEVERAL})\s+(?:[\w-]+\s+){{0,2}}?(?:steps|points|parts|types|"
    r"ways|kinds|reasons|stages|phases|layers|rules|principles|benefits|tips|things|"
    r"components|elements|categories|methods|levels|pillars|properties|features)\b",
    re.I,
)

# 'There are two ways in which the callback may be called: synchronous and asynchronous.'
_COUNTED = re.compile(
    r"^there (?:are|were) (?P<count>two|three|four|five|six|[2-6]) (?P<what>[^:;]{3,80}?):\s*"
    r"(?P<items>[^:;]{3,300})$",
    re.I,
)


def enumeration_cards(ctx: Context) -> Iterator[Card]:
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
        items = _head_shared(items, found["what"])
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


def _head_shared(items: list[str], what: str) -> list[str]:
    """The parts of a series, the head noun its last part carries given to each: 'two
    main types of catalysts: homogeneous and heterogeneous catalysts' lists 'homogeneous
    catalysts' and 'heterogeneous catalysts', not 'homogeneous' beside the other's whole."""
    items = [part for part in items if part]
    head = what.split()[-1].lower() if what.split() else ""
    last = items[-1].split() if items else []
    if (
        len(items) > 1
        and len(last) == 2
        and last[-1].lower() == head
        and all(len(part.split()) == 1 for part in items[:-1])
    ):
        return [*(f"{part} {last[-1]}" for part in items[:-1]), items[-1]]
    return items


def _one_sides_points(title: str, heading: str) -> bool:
    """Whether a list's heading names one side of the pair a comparison's title compares
    ('Access Ports' under 'Difference between access and trunking'): its points tell the
    sides apart, asked by the side cards, and 'the four access ports of the difference
    between ...' asks nothing."""
    pair = compared_names(title)
    if pair is None:
        return False
    if not heading.split():
        return False
    word = heading.split()[0].lower()
    bare = (re.sub(r"^(?:an?|the)\s+", "", name, flags=re.I) for side in pair for name in side)
    firsts = {name.split()[0].lower() for name in bare if name.split()}
    # 'Hubs' for 'hub', 'Trunk' for 'trunking'
    return any(
        word in (first, f"{first}s", f"{first}es") or stem(word) == stem(first) for first in firsts
    )
