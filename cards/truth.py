"""Claims a learner can judge true or false, and which way each one goes.

Truth has a direction (DESIGN.md, question craft): a misconception stated as a belief
("that the backend's main job is storing data") is false; a sentence that corrects a
misunderstanding ("HTTPS does not hide which sites you visit") is true; a mistake stated
as a practice ("Keeping passwords in plain text") becomes a statement that can be judged
("Keeping passwords in plain text is fine."), false. A claim is only made when the text
says which way it goes: a bare statement with nothing to settle it is skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cards.sentences import (
    LEADING_ARTICLE,
    dash_labelled,
    split_label,
    split_sentences,
    strip_end,
    upper_first,
    word_set,
    words,
)


@dataclass(frozen=True)
class Claim:
    """A statement (one sentence, closing punctuation dropped), its truth, and what settles it."""

    statement: str
    true: bool
    settles: str


# Labels that mark a paragraph as a misconception (or a warning) or its correction.
_FALSE_LABELS = re.compile(
    r"misconception|misunderstanding|mistake|myth|wrong|pitfall|gotcha|watch out|caveat|beware",
    re.I,
)
# Labels of a warning: what follows is a trap stated as a fact ('Common pitfall: old DNS
# answers are served until their TTL runs out'), true, unless it is put as a belief or a
# practice. A misconception's first sentence is the belief, false.
_WARNING_LABELS = re.compile(r"pitfall|gotcha|watch out|lookout|caveat|beware", re.I)
_TRUE_LABELS = re.compile(r"^(fact|reality|truth|in (fact|reality)|actually|correct)$", re.I)
_BELIEF = re.compile(
    # ('The most common mistake is thinking the p-value tells you ...': the belief after)
    r"^(?:(?:the\s+)?(?:(?:most|single\s+most)\s+)?(?:common|frequent|biggest|typical|classic)\s+"
    r"(?:mistake|misconception|error|misunderstanding|myth)\s+is\s+(?=think|believ|assum))?"
    r"(?:(?:many|most|some)\s+)?(?:people|beginners|developers|users|learners|newcomers|folks)?"
    r"\s*(?:often\s+|wrongly\s+|mistakenly\s+)?"
    r"(?:think|thinks|thinking|believe|believes|believing|assume|assumes|assuming|"
    r"expect|expects|expecting)\s+(?:that\s+)?(?P<belief>.+)$",
    re.I,
)
_THAT = re.compile(r"^that\s+(?P<belief>.+)$", re.I)
# How a mistake made as a practice is stated, false: 'Keeping passwords in plain text is
# fine'.
IS_FINE = " is fine"
_NEGATION = re.compile(
    r"\b(not|never|no longer|isn't|aren't|doesn't|don't|won't|can't|cannot)\b", re.I
)
# Words that make a sentence a statement rather than a bare practice.
_FINITE = word_set(
    """
    is are was were does do did has have had can could will would should must may
    might needs need means makes runs keeps
    hurts slows causes breaks blocks wastes leads costs kills stalls adds loses
    """
)  # (the last line: what a pitfall does, 'Holding a lock too long hurts throughput')
# Openings that lean on the sentence before, so the sentence cannot stand alone.
_DEPENDENT = word_set(
    "but and so or that this these those it its it's they they're their them such then also"
)


def is_misconception_label(label: str) -> bool:
    """Whether a label ('Common misconception', 'Myth') marks a misconception."""
    return bool(label) and bool(_FALSE_LABELS.search(label))


def is_warning(label: str) -> bool:
    """Whether a label or heading ('Common pitfalls', 'Gotcha') marks a warning."""
    return bool(label) and bool(_WARNING_LABELS.search(label))


def _is_practice(sentence: str) -> bool:
    """'Storing passwords in plain text', 'Not lowering the TTL before a move': a doing."""
    sentence_words = words(sentence)
    if sentence_words[:1] and sentence_words[0].lower() in ("not", "never"):
        sentence_words = sentence_words[1:]
    return (
        bool(sentence_words)
        and sentence_words[0].endswith("ing")
        and not _FINITE.intersection(sentence_words)
    )


def stands_alone(sentence: str) -> bool:
    """Whether a sentence can be judged without the one before it: a statement, not a
    question nor advice ('Use technical debt when ...' is neither true nor false)."""
    sentence_words = words(sentence)
    return (
        len(sentence_words) >= 4
        and sentence_words[0] not in _DEPENDENT
        and sentence_words[0] not in _ADVISING
        and not sentence.rstrip().endswith("?")
    )


# Verbs that open advice or a story, said to the reader: 'Use X when ...', 'Avoid Y',
# 'Imagine a thief with ...'.
_ADVISING = frozenset(
    (
        *("use", "avoid", "keep", "make", "follow", "prefer", "remember", "check", "add"),
        *("set", "try", "consider", "treat", "choose", "ensure", "start", "stop", "write"),
        *("put", "don't", "do", "never", "always", "think", "ask", "plan", "pick", "run"),
        *("imagine", "suppose", "picture"),
    )
)


# Where a misconception's own clause ends and its consequence or correction begins:
# 'assuming each message is delivered once; most queues deliver at least once', 'keeping
# sessions in one server's memory, so a user sent elsewhere is logged out'.
# A dash tells what goes wrong, as does ', which doesn't ...' ('Increasing the number of
# partitions blindly, which doesn't solve skew ...').
_CLAUSE_END = re.compile(
    r";\s|,\s+so\s|\s[—–]\s|,\s+which\s+(?:does|do|did|is|are|will|can|could)(?:n't|\s+not)\s|"
    # '..., but it's actually a feedback loop ...': the correction, said in the same sentence
    r",?\s+but\s+(?:(?:it['’]s|it\s+is|they['’]re|they\s+are)\s+(?:actually|really)|in\s+fact|"
    r"actually)\b"
)


# 'Some APIs (still) return ...': what some people or things do, a practice, not a belief.
_SOME_DO = re.compile(
    r"^(?:some|many|most|a lot of|plenty of)\s+(?:[\w-]+\s+){0,2}?[\w-]+s\s+"
    r"(?:still\s+|often\s+|just\s+|simply\s+|even\s+|wrongly\s+|mistakenly\s+)?"
    r"(?P<verb>[a-z]{2,})\s+(?P<rest>\S.*)$",
    re.I,
)
# Verbs after a plural subject that do not say what is done.
_NOT_DONE = word_set("are were have had do did can could will would should must may might")
# The main verb after a gerund subject: a verb in -s (an adverb may come first) told
# from a plural noun by the object that follows it.
_MAIN_VERB = re.compile(
    r"\s+(?:\w+ly\s+)?(?:[a-z]{2,}[^s\W]s|is|was|has|can|will|may|might|must|does)\s+"
    r"(?:not\s+)?(?:the|a|an|it|them|its|their|this|these|your|you|every|all|any|to|no)\b"
)


def _done_by_some(sentence: str) -> str:
    """'Returning 200 with an error in the body' of 'Some APIs return 200 with an error in
    the body'; '' for a sentence not of that shape."""
    match = _SOME_DO.match(sentence)
    if match is None or match["verb"].lower() in _NOT_DONE or match["verb"].endswith("s"):
        return ""
    return f"{gerund(match['verb'].lower())} {match['rest']}"


def gerund(verb: str) -> str:
    """'return' -> 'returning', 'store' -> 'storing', 'put' -> 'putting', 'tie' -> 'tying'."""
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgklmnprt]", verb):
        return verb + verb[-1] + "ing"  # one syllable ending consonant-vowel-consonant
    return verb + "ing"


def _before_verb(practice: str) -> str:
    """A gerund subject without the predicate after it, when one follows."""
    match = _MAIN_VERB.search(practice)
    if match is None or len(practice[: match.start()].split()) < 3:
        return practice
    # ('Using beans roasted the same day, which gives a lot of gassy foam': the practice
    # before the clause that says what it leads to)
    return re.sub(r",\s+(?:which|that)\s*$", "", practice[: match.start()].rstrip())


def _belief(sentence: str) -> tuple[str, bool] | None:
    """The claim in a misconception's first sentence, and whether the text marks it false.
    A belief or practice is read up to its clause's end: what follows says why it is
    wrong, and judged with it, turned the whole sentence false or into a fragment."""
    text = strip_end(sentence)
    head = strip_end(_CLAUSE_END.split(text, maxsplit=1)[0])
    head = re.sub(r",(['’\"”])$", r"\1", head)  # "... or 'fine-tuning,'": the cut's comma
    for pattern in (_THAT, _BELIEF):
        match = pattern.match(head)
        if match:
            return match.group("belief"), True
    done = _done_by_some(head)
    if done:
        head = done  # 'Some APIs return 200 on errors': the practice is returning 200 ...
    if words(head) and words(head)[0].endswith("ing"):
        # 'Putting X in Y silently turns it into Z': the practice is the subject alone.
        head = _before_verb(head)
    if _is_practice(head):
        return f"{upper_first(head)}{IS_FINE}", True
    if _NEGATION.search(head):
        return None  # a correction, not a belief: judged as true below
    if head != text and _NEGATION.search(text) and len(words(head)) >= 3:
        # 'Standard queues guarantee FIFO order — most systems do NOT guarantee order':
        # the belief, then after its clause the correction that denies it (not a label
        # before its gloss: 'Infinite Loops – When the loop never stops', no claim)
        return head, True
    return text, False


def misconception_claims(text: str, warning: bool = False) -> list[Claim]:
    """Claims from one misconception paragraph or bullet.

    The first sentence is the misconception (false) and the next one settles it; every
    later sentence that stands alone is a true claim settled by itself. A first sentence
    that corrects a misunderstanding ("HTTPS does not hide ...") is a true claim. Under a
    warning (`warning`, from the section's heading, or a 'Common pitfall:' label) a first
    sentence stated plainly is the trap itself, true, and the advice after it is not
    judged: 'Lower the TTL a day before a move' settles nothing.
    """
    label, rest = split_label(text.strip())
    if label and not _FALSE_LABELS.search(label):
        rest = text.strip()  # 'Iron rule: ...' is part of the sentence, not a label
    sentences = split_sentences(rest)
    if not sentences:
        return []
    first, *after = sentences
    claims: list[Claim] = []
    belief = _belief(first)
    if belief is not None and not belief[1] and (warning or is_warning(label)):
        if not first.rstrip().endswith((".", "!")):
            return []  # 'Debt registers with no decision about ...': a thing to watch, unsaid
        return [Claim(strip_end(first), True, upper_first(first))] if stands_alone(first) else []
    if belief is not None:
        statement, marked = belief
        settles = _settling(after[0]) if after else ""
        if statement.endswith(IS_FINE) and strip_end(first) != statement[: -len(IS_FINE)]:
            # The practice was cut out of its sentence, whose rest says what goes wrong.
            settles = f"{upper_first(first)} {settles}".strip()
        if not marked and settles and not _sets_right(settles):
            # 'VPC is the term used by AWS and GCP. In Azure, the equivalent ... is called
            # a VNet.': the sentence after says more, it sets nothing right; both are true
            belief = None
    if belief is None:
        if stands_alone(first):
            claims.append(Claim(strip_end(first), True, first))
    elif marked or settles:
        # said with its label, the sentence is its own verdict ('Common pitfall: ...')
        said = f"{label}: {first}" if label else upper_first(first)
        claims.append(Claim(statement, False, settles or strip_end(said) + "."))
    for sentence in after[1:]:
        sentence = _settling(sentence)
        if stands_alone(sentence):
            claims.append(Claim(strip_end(sentence), True, sentence))
    return claims


# Beside a negation, what a sentence says when it sets a belief right: a contrast, the
# truth, a denial in other words.
_CONTRADICTS = re.compile(
    r"\b(?:no|nothing|none|only|but|however|actually|in fact|in reality|rather|instead|"
    r"myth|wrong|false|untrue|mistaken|although|though|while|whereas|unless|[a-z]+n['’]t)\b",
    re.I,
)


def _sets_right(sentence: str) -> bool:
    """Whether a sentence after a belief denies it or sets it against something."""
    return bool(_NEGATION.search(sentence) or _CONTRADICTS.search(sentence))


def _settling(sentence: str) -> str:
    label, rest = split_label(sentence)
    return rest if label and _TRUE_LABELS.match(label) else sentence


_NAME_WORDS = re.compile(r"[A-Za-z][\w-]{2,}(?:\s+[A-Za-z][\w-]*){0,4}")


def takeaway_claim(sentence: str, mention: str) -> Claim | None:
    """A true claim from a takeaway, or None when the takeaway is not a statement.

    `Backend = the brain` reads as 'The backend is the brain'; a takeaway behind a label
    ('Iron rule: never trust ...') or in the imperative is advice, which is not judged.
    """
    left, equals, right = sentence.partition(" = ")
    if equals:
        # 'Data Protection = technical security. Data Privacy = legal rights.' under 'Data
        # Protection and Privacy': the left side names what the right side is said of
        said_of = LEADING_ARTICLE.sub("", left.strip())
        named = (
            _NAME_WORDS.fullmatch(said_of)
            and said_of.casefold() != LEADING_ARTICLE.sub("", mention).casefold()
        )
        subject = said_of if named else mention  # (not 'V = W/Q': a symbol stands for it)
        statement = f"{upper_first(subject)} is {strip_end(right)}"
        return Claim(statement, True, sentence)
    label, _ = split_label(sentence)
    sentence_words = words(sentence)
    if label or dash_labelled(sentence):
        return None  # ('Base Case - This is the stopping condition': a term and its gloss)
    if not stands_alone(sentence) or not _FINITE.intersection(sentence_words):
        return None
    return Claim(strip_end(sentence), True, sentence)
