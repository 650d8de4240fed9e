"""The question rules of DESIGN.md, as a checker that names every rule a card breaks.

`generate` drops any card with a problem as a last line of defence, and the tests run
the same checker on the makers' raw output, so a maker that breaks a rule is caught in
a test instead of silently losing cards.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from cards.model import (
    PRO_CON,
    TRUE_FALSE,
    Answering,
    Card,
    CardKind,
    Entry,
    Section,
    card_id,
    normalise_prompt,
)
from cards.names import same_name
from cards.sentences import SEVERAL, STOP_WORDS, has_phrase, head_of, words
from cards.text import Gated

_BLANK = re.compile(r"_{4,}")
# An answer that is a quotation and nothing else: a saying, not the page's own reason.
_QUOTED_WHOLE = re.compile(r"^\s*[\"“][^\"“”]{12,}[\"”]\.?\s*$")
# Questions whose fixed options name every answer in the prompt ("True or false: ...").
_FIXED_OPTIONS = {CardKind.TRUEFALSE: TRUE_FALSE, CardKind.PROSCONS: PRO_CON}


# The folded form of a text, worked out once: the same options and list items are
# compared again for every card of every entry that meets them.
fold = lru_cache(maxsize=65536)(normalise_prompt)
# Generation asks for a card's id several times (its options' seed, the card, this
# check); the hash is worth computing once.
cached_card_id = lru_cache(maxsize=65536)(card_id)


# Sections are frozen, so what is worked out from one can be kept. The key is the
# section's identity (hashing a section rehashes all of its text every time); the
# value keeps the section alive, so no id is reused while it is cached.
_SECTION_FOLDS: dict[int, tuple[Section, frozenset[str]]] = {}


def section_folds(section: Section) -> frozenset[str]:
    """Every item of a section, whole and by its head, in normalised form."""
    cached = _SECTION_FOLDS.get(id(section))
    if cached is None:
        if len(_SECTION_FOLDS) > 50_000:
            _SECTION_FOLDS.clear()
        folds = frozenset(
            fold(text) for item in section.items for text in (item.text, head_of(item.text))
        )
        cached = _SECTION_FOLDS[id(section)] = (section, folds)
    return cached[1]


def gives_away(prompt: str, answer: str) -> bool:
    """Whether the prompt says the answer (more than a couple of letters of it)."""
    answer_words = [word for word in words(answer) if word not in {"the", "a", "an"}]
    if len("".join(answer_words)) <= 2 or all(word in STOP_WORDS for word in answer_words):
        return False  # 'No', 'it': too short to give anything away
    if len(answer_words) == 1 and _inside_a_name(prompt, answer_words[0]):
        return True  # 'DevOps is a combination of the words "____" and "Operations."'
    if _spelled_out_in(prompt, answer.strip()):
        return True  # '... with Service Level Objectives (____)' -> 'SLOs'
    does = _WHAT_IT_DOES.match(prompt)
    if does is not None and answer_words[:1]:
        # 'What does DELETE do?' -> 'Deletes the specified resource.': the name's own verb
        name = does["name"].casefold()
        if answer_words[0].casefold() in (f"{name}s", f"{name}es", f"{name}d", f"{name}ed"):
            return True
    return has_phrase(prompt, " ".join(answer_words))


_LETTERS = re.compile(r"[A-Z]{3,6}")
# A question of what a one-word name does: 'What does DELETE do?'.
_WHAT_IT_DOES = re.compile(r"^What\s+(?:does|do)\s+(?:the\s+|an?\s+)?(?P<name>[\w-]+)\s+do\?$")
_MINOR_WORDS = frozenset(("of", "and", "the", "for", "to", "in", "a", "an", "on"))


def _spelled_out_in(prompt: str, answer: str) -> bool:
    """Whether the answer is an abbreviation whose words stand in the prompt: 'SLIs' in
    '... (commonly called service level indicators, ____)'."""
    letters = _LETTERS.fullmatch(answer.removesuffix("s"))
    if letters is None:
        return False
    initials = "".join(
        word[0].lower()
        for word in re.findall(r"[A-Za-z][\w'-]*", prompt)
        if word.lower() not in _MINOR_WORDS
    )
    return letters.group().lower() in initials


def _inside_a_name(prompt: str, word: str) -> bool:
    """Whether a name written in joined capitals in the prompt holds the word's start:
    'Dev' of 'DevOps' for 'development'."""
    return any(
        word.startswith(part.lower())
        for name in _JOINED_CAPITALS.findall(prompt)
        for part in _CAPITALISED_PART.findall(name)
    )


_JOINED_CAPITALS = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b")
_CAPITALISED_PART = re.compile(r"[A-Z][a-z]{2,}")


# An answer that is a number and a noun, nothing more: 'Two categories.', '3 types',
# 'Several purposes.', 'A variety of reasons.'
_ONLY_A_COUNT = re.compile(
    # ('Exactly 11 characters.' of 'What is the difference between A and B?')
    rf"^(?:(?:exactly|only|just|about|roughly|around)\s+)?"
    rf"(?:{SEVERAL}|several|many|various|numerous|a few|a (?:number|variety|range) of)"
    r"\s+(?:[a-z]+\s+)?[a-z]+\.?$",
    re.I,
)


# A line of a myths-and-facts list with its verdict after it: '... added later : False'.
_OWN_VERDICT = re.compile(r"\s[:=–—-]\s*(?:true|false|myth|fact)[?.]$", re.I)
# A trouble pointed at as one named before: 'this restriction', 'these issues'.
_THIS_TROUBLE = Gated(
    ("this", "these", "that", "those", "such"),
    re.compile(
        r"\b(?:this|these|that|those|such)\s+(restrictions?|problems?|issues?|limitations?|"
        r"challenges?|drawbacks?|concerns?|constraints?)\b",
        re.I,
    ),
)
# An answer that ends where its examples or its list should begin.
_CUT_BEFORE_EXAMPLES = re.compile(
    r"(?<=\s)(?:such as|including|like|e\.g|for example|for instance|namely|the following)"
    r"[.:]?\s*$",
    re.I,
)
# A word run into the next cell's opening word, prose going on after it: 'servicesAll
# backing', 'taskA process'. ('findAll()' and 'querySelectorAll' are code, not this.)
_GLUED = re.compile(
    r"\b[A-Za-z][a-z]{2,}(?:All|The|A|An|In|It|This|These|Each|Every|When|If)\s+[a-z]"
)

# Markup of a page's source: a flashcard file's '::', a table's numbering '.: 3:', a code
# sample's '//' comment (not a URL's '://').
_MARKUP_IN_PROMPT = re.compile(r"::|\.:|(?<![:/])//")
# Words pointing to text the card does not show: 'the aforementioned freedoms', 'as
# detailed in the full definition above'.
_MENTIONED_BEFORE = re.compile(
    r"\b(?:aforementioned|above-mentioned|abovementioned|(?:detailed|described|explained|"
    r"listed|shown|mentioned)\s+(?:in\s+the\s+[\w ]{1,30}\s+)?(?:above|below)|"
    # 'Any solutions that fix above problem.'
    r"(?:the\s+)?above\s+(?:problems?|issues?|examples?|code|points?|list|steps|table|figure|"
    r"diagram|section)|"
    # '... every node confirms to the below properties', '... comes from the following
    # rules': what they are, the card does not show
    r"the\s+(?:below|following)\s+(?:properties|rules|steps|points|conditions|criteria|"
    r"characteristics|features|ways|cases|items|operations|types))\b",
    re.I,
)
# An answer that stops where its list should begin: '... in two phases:', 'like :-',
# '... the following properties: 1.'
_STOPS_AT_COLON = re.compile(r":-?(?:\s*\d{1,2}[.)]?)?$")


def has_blank(text: str) -> bool:
    """Whether text holds a cloze's blank ('The ____ checks it?'): a question may not."""
    return _BLANK.search(text) is not None


def only_counts(prompt: str, answer: str) -> bool:
    """Whether an answer only counts what the question wants named ('Two categories.'),
    which only a 'How many ...?' question may take."""
    return _ONLY_A_COUNT.match(answer) is not None and not prompt.lower().startswith("how many")


def _shape_problems(card: Card) -> list[str]:
    problems: list[str] = []
    blanks = len(_BLANK.findall(card.prompt))
    if card.kind is CardKind.CLOZE:
        if blanks != 1:
            problems.append(f"a cloze needs exactly one blank, has {blanks}")
    elif card.kind in _FIXED_OPTIONS:
        if blanks or not card.prompt.rstrip().endswith("."):
            # 'True or false: HTTP is stateless.': a statement put to the learner
            problems.append("the statement to judge is not whole, ending in '.'")
    elif blanks or not card.prompt.rstrip().endswith("?"):
        problems.append("the prompt is not a whole question ending in '?'")
    if not card.answer.strip():
        problems.append("the answer is empty")
    elif _QUOTED_WHOLE.match(card.answer) and card.answering is Answering.SELF:
        # 'Why does cache invalidation matter?' -> '"There are only two hard things ..."'
        problems.append("the answer is only a quotation")
    elif only_counts(card.prompt, card.answer):
        # 'What do health checks split into?' -> 'Two categories.': which ones, it never says
        problems.append("the answer only counts what it should name")
    elif _POINTS_BACK.search(card.answer) or _names_things_unshown(card.prompt, card.answer):
        # 'What does ADD do?' -> 'Lets you do that too, but ...': what it does, said only
        # by the sentence before
        problems.append("the answer points back to a sentence the card does not show")
    elif _PERSONAL.search(card.answer):
        # 'What is SISO?' -> 'Probably my favorite go-to-component ...': the writer's taste
        problems.append("the answer is the writer's own remark")
    if not card.explanation.strip():
        problems.append("there is no explanation")
    if card.id != cached_card_id(card.entry_key, card.kind, card.prompt):
        problems.append("the id is not the hash of (entry key, kind, prompt)")
    return problems


# What an answer says only by pointing at the sentence before it: 'do that too', 'Its
# successor, offering ...'.
_POINTS_BACK = Gated(
    ("that", "this", "so", "its", "their"),
    re.compile(
        r"\b(?:do|does|did)\s+(?:that|this|so)\s+(?:too|as\s+well)\b|"
        # 'Allows you to do this in a shorter way.': what 'this' was, the sentence before said
        r"\b(?:do|does|did|doing)\s+(?:that|this)\s+(?:in|with|by|more|faster|better|quickly|"
        r"easily)\b|"
        # 'To turn this into a digital file, a device ...': what 'this' is, the card never says
        r"\b(?:turn|turns|turning|convert|converts|converting|put|puts|putting)\s+(?:this|that)\s+"
        r"(?:into|to|in|onto|from)\b|"
        r"^(?:its|their)\s+(?:successor|predecessor|replacement|counterpart|opposite|rival|"
        r"alternative|sibling|cousin|twin|parent|child|heir)\b",
        re.I,
    ),
)
# Things pointed at as named before: 'these pieces', 'those two measurements' (not 'those
# of others', which points forward).
# ('those powers delegated to it by law', 'those rules that ...': things said there and
# then, by what follows them, point back at nothing)
_THESE_THINGS = re.compile(
    r"\b(?:these|those)\s+(?!of\b)(?:(?P<kind>[a-z-]+)\s+)?(?P<things>[a-z-]+s)\b"
    r"(?!\s+(?:that|which|who|whom|whose|where|[a-z]{3,}ed)\b)",
    re.I,
)


def _names_things_unshown(prompt: str, answer: str) -> bool:
    """Whether an answer points at things only the page named before it: 'What does a
    container format do?' -> 'Defines how these pieces are organized ...' (which
    pieces?); 'What are aspect ratios?' -> 'Its displayed width divided by ...' (whose?)."""
    if _ITS_FIRST.match(answer) and prompt.lower().startswith(("what is ", "what are ")):
        return True
    pointed = _THESE_THINGS.search(answer)
    if pointed is None:
        return False
    # 'measu' of 'measurements'; 'copy' of 'copies' (a mirror's 'These copies')
    thing = re.sub(r"ies$", "y", pointed["things"].lower()).rstrip("s")[:5]
    shown = f"{prompt} {answer[: pointed.start()]}".lower()
    # ('the year of the grape harvest ... the wine made from those harvested varietals':
    # which ones, the answer said before)
    kind = (pointed["kind"] or "").lower()
    return thing not in shown and not (len(kind) > 5 and kind[:5] in shown)


# An answer to what a thing is that opens on whose it is: 'Its displayed width ...'.
_ITS_FIRST = re.compile(r"^(?:Its|Their)\s")
# A writer's own taste: 'my favorite go-to-component', 'I personally prefer'.
_PERSONAL = re.compile(
    r"\b(?:my|our)\s+(?:personal\s+)?(?:favou?rite|go-to)\b|\bI\s+(?:personally\s+)?"
    r"(?:love|like|prefer|adore)\b"
)
# A diagram's source (Mermaid): an arrow between bracketed nodes, or a line break tag.
_DIAGRAM_CODE = re.compile(r"\]\s*-->|-->\s*\w+\[|<br\s*/?>")
# A vendor's call to action: 'please contact our customer support', 'book a demo'.
_VENDOR_ASKS = Gated(
    ("contact", "demo", "sign"),
    re.compile(
        r"\bcontact\s+(?:our|us|the)\s+(?:customer\s+|sales\s+)?(?:support|sales|team)\b|"
        r"\b(?:book|request|schedule)\s+a\s+(?:free\s+)?demo\b|\bsign\s+up\s+(?:now|today|for\s+free)\b",
        re.I,
    ),
)
# A sum worked out in brackets: '210 ms (60 + 150)'.
_WORKED_SUM = re.compile(r"\(\s?\d[\d.,]{0,12}\s?\w{0,3}\s?\+\s?\d[\d.,]{0,12}")


# An article or a conjunction right before a stop, or an article before a word that no
# noun follows: the words of a link the copy dropped ('the top of the .', 'visible
# content, or .').
# (A stop, not a file's extension: 'the .zip extension', 'the .NET runtime'.)
_LOST_LINK = re.compile(
    r"\b(?:the|an?)\s?[?.,;:](?=[\s\"”')\]]|$|[A-Z][a-z]+\s)|"
    # ('or ,' and 'and.' too; not 'and, in Mode C/S, pressure altitude', an aside after it)
    r"\b(?:or|and)(?:\s?[?.;:]|\s,|,(?=[\"”')\]]|$))(?=[\s\"”')\]]|$|[A-Z][a-z]+\s)|"
    # 'is an in that generalizes both queues and stacks': the link was 'abstract data type'
    # ('for example, A is the 6th of C': a capital A inside a sentence names a note, a
    # grade, a plan; an article is capitalised only where a sentence starts)
    r"(?:\b(?:the|an?)|(?:^|(?<=[.!?]\s))(?:The|An?))\s+(?:that|in|of|is|are|was|were|to|with)"
    r"(?![\w-])|"
    # '... often during the early stages of.': a link's words after the last preposition
    # (a quantity or a part before it, which always names what it is of)
    r"\b(?:stages?|parts?|kinds?|types?|forms?|versions?|all|each|one|some|many|most|"
    r"number|use|side|end|top|bottom|middle)\s+of\.$"
)


def copy_faults(card: Card) -> list[str]:
    """What a page's copy broke in a card, as sentences; [] for none. Not a rule a maker
    can keep by construction (the text is the page's): the last-line filter drops these.
    """
    faults: list[str] = []
    if card.answer.lstrip().startswith("|") or card.answer.count(" | ") >= 2:
        # 'What is Stateful?' -> '| Need server to store session ... | Can be serverless':
        # a table's row, both sides' cells in one line
        faults.append("the answer is a table's row, not a sentence")
    end = card.answer.rstrip()[-12:]
    if ":" in end and _STOPS_AT_COLON.search(end):
        # '... in two distinct phases:' with the phases left behind (a table, a figure)
        faults.append("the answer stops at a colon, before what it leads to")
    said = card.answer.split()
    if (
        len(set(said)) < len(said)
        and any(char.isalpha() for char in card.answer)
        and not any(word.islower() for word in said)
    ):
        # 'S-LOCK X-LOCK S-LOCK X-LOCK': a table's headers, no sentence ('0000 0000' is
        # a value)
        faults.append("the answer is a table's labels, not a sentence")
    if "•" in card.prompt:
        faults.append("a list's bullet is pasted into the prompt")
    if (":" in card.prompt or "/" in card.prompt) and _MARKUP_IN_PROMPT.search(card.prompt):
        # 'What is Partition ordering guarantees::?' (a flashcard file's separator), '.: 3:'
        # (a table's numbering), 'What is Java// Bad?' (a code comment)
        faults.append("markup of the page's source is pasted into the prompt")
    both = f"{card.prompt}\n{card.answer}"  # each searched once: this runs on every card
    if (
        "mentioned" in both or "above" in both or "below" in both or "following" in both
    ) and _MENTIONED_BEFORE.search(both):
        # 'the aforementioned freedoms': which ones, the card does not show
        faults.append("it points to text the card does not show")
    if _OWN_VERDICT.search(card.prompt[-12:]):
        # 'True or false: TPMs can't be added later : False.': a myth list's verdict
        faults.append("the statement carries its own verdict")
    unshown = _THIS_TROUBLE.search(card.answer)
    if unshown is not None and unshown[1].lower().rstrip("s") not in card.prompt.lower():
        # 'Provides a controlled mechanism to circumvent this restriction': which one?
        faults.append("it points to a problem the card does not show")
    if _CUT_BEFORE_EXAMPLES.search(card.answer[-24:]):
        # 'Through various mechanisms, such as.': the examples were a list the copy lost
        faults.append("the answer stops where its examples should begin")
    if ("-->" in both or "<br" in both) and _DIAGRAM_CODE.search(both):
        # 'graph LR subgraph ... Key[Key K] --> Pref[...]': a diagram's source, no prose
        faults.append("a diagram's source is pasted into the card")
    if _VENDOR_ASKS.search(card.answer):
        # 'To enable MTA-STS, please contact our customer support.': the seller's offer
        faults.append("the answer is a vendor's offer, not a fact")
    if "+" in both and _WORKED_SUM.search(both):
        # 'Which concept thus is 210 ms (60 + 150)?': one worked example's value
        faults.append("it asks a worked example's value")
    if _SAMPLE_SIZE.search(both):
        # 'What must a PersistentVolumeClaim find?' -> 'A PersistentVolume with up to 50
        # gigabytes of storage ...': the size an example's manifest sets, as a rule
        faults.append("it asks an example's size")
    if _GLUED.search(both):
        # 'What are Backing servicesAll backing services?': a table's cells run together
        faults.append("two cells of a flattened table run together")
    if _LOST_LINK.search(both):
        # 'a specially formatted box at the top of the?': the linked words were dropped
        faults.append("a link's words are missing from the text")
    return faults


# A size of storage, as an example's manifest sets one: '50 gigabytes', '512Mi', '2 GB';
# not a rate, which a standard states as a fact ('a bandwidth of 1.5 megabytes per second').
_SAMPLE_SIZE = re.compile(
    # ('74 mi/hr' is a speed: a bare binary prefix is written in capitals, 'Mi')
    r"\b\d+(?:\.\d+)?\s*(?:(?:kilo|mega|giga|tera)bytes|[KMGT]i?B|(?-i:[KMGT]i))\b"
    r"(?!\s*(?:per\s+second|a\s+second|/\s*s(?:ec)?\b))",
    re.I,
)


def _option_problems(card: Card, entry: Entry | None) -> list[str]:
    if card.answering is not Answering.CHOICE:
        return ["a card that is not a choice has options"] if card.options else []
    problems: list[str] = []
    folded = [fold(option) for option in card.options]
    if len(card.options) < 2:
        problems.append("a choice needs at least two options")
    if len(set(folded)) != len(folded):
        problems.append("two options are the same")
    if folded.count(fold(card.answer)) != 1:
        problems.append("the answer is not exactly once among the options")
    fixed = _FIXED_OPTIONS.get(card.kind)
    if fixed is not None and set(card.options) != set(fixed):
        problems.append(f"the options should be {fixed}")
    # An identify card's answer is the entry's name, and no other option may be one of
    # its names; a comparison's 'Which ...: HTTP or HTTPS?' answers with either side.
    if (
        entry is not None
        and card.kind is CardKind.IDENTIFY
        and any(same_name(card.answer, name) for name in entry.names)
    ):
        for option in card.options:
            if option != card.answer and any(same_name(option, name) for name in entry.names):
                problems.append(f"the distractor {option!r} is a name of the answer")
    if entry is not None and card.kind in (CardKind.FIT, CardKind.LIST):
        problems.extend(_same_list_problems(card, entry))
    return problems


def _same_list_problems(card: Card, entry: Entry) -> list[str]:
    # A fit or list choice is right because of the list its answer sits in; a wrong
    # option from that same list would be right too.
    lists = [section_folds(section) for section in entry.sections if section.items]
    answer = fold(card.answer)
    problems: list[str] = []
    for members in lists:
        distractors = [o for o in card.options if o != card.answer and fold(o) in members]
        if card.kind is CardKind.FIT and answer in members and distractors:
            problems.append(f"the distractor {distractors[0]!r} is from the answer's list")
        if card.kind is CardKind.LIST and answer in members and len(distractors) > 0:
            problems.append(f"the odd one out {card.answer!r} is in the same list")
    return problems


def _names_its_options(card: Card) -> bool:
    """A choice whose prompt names every option ('Which ...: TCP or UDP?') gives none of
    them away by naming the answer."""
    return card.answering is Answering.CHOICE and all(
        has_phrase(card.prompt, option) for option in card.options
    )


def problems(card: Card, entry: Entry | None = None) -> list[str]:
    """Every question rule `card` breaks, as sentences; [] for a good card.

    With `entry` (the card's own entry), rules that need it are checked too: a
    distractor that is a name of the answer, or one drawn from the answer's list.
    """
    found = _shape_problems(card) + _option_problems(card, entry)
    if (
        card.kind not in _FIXED_OPTIONS
        and not _names_its_options(card)
        and gives_away(card.prompt, card.answer)
    ):
        found.append("the prompt gives the answer away")
    return found


def deck_problems(deck: Sequence[Card], entry: Entry | None = None) -> list[str]:
    """The problems of every card of one entry, and any question asked twice."""
    found = [f"{card.prompt!r}: {problem}" for card in deck for problem in problems(card, entry)]
    seen: dict[str, str] = {}
    for card in deck:
        key = fold(card.prompt)
        if card.id in seen or key in seen.values():
            found.append(f"{card.prompt!r}: asked twice")
        seen[card.id] = key
    return found
