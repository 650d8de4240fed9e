"""What every maker knows of one entry: `Context`, worked out once and shared.

The entry, its siblings and the seed; how the entry is named and whether in the plural;
its defining sentence and what that sentence says it is; the sentences about it; the
distractors; and the one way every card is built (`Context.card`), with its id and its
options shuffled by the seed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

from cards.comparison import SideClaim, side_claims
from cards.defining import FREQUENCY
from cards.makers.claims import about_entry
from cards.makers.definitions import defining_sentence, predicate_of, with_list
from cards.model import Answering, Card, CardKind, Entry, Item, Section, Source
from cards.names import NameIndex, body_text, distractors, mention, same_name, shared_index
from cards.rules import cached_card_id
from cards.sentences import (
    AFTER_A_PLURAL,
    FUNCTION_VERBS,
    content_words,
    noun_in_ings,
    upper_first,
)
from cards.text import ASCII_PARTNERS, BOUNDARY, collapse, written_at

# Another name in brackets right after the name: ' (or PDB)', ' (also called a DLQ)'.
# (Not the words its letters stand for: 'TLS (Transport Layer Security) is ...' expands it.)
_NAME_ASIDE = re.compile(
    r"^\s+\((?:(?:or|also|aka|a\.k\.a\.)\s+(?:[\w./-]+\s*){1,4}|[A-Z][A-Z0-9]{1,7}s?)\)(?=\s)"
)
# Wrong options beside the answer of a choice question.
MAX_DISTRACTORS = 3
# An article before the entry's name, which still leaves the name the subject.
_ARTICLE = re.compile(r"(?:the|a|an)\s+", re.I)
# A plural straight after the name, then the next word: 'programs cannot', 'arrays hold'.
_PLURAL_THEN = re.compile(r"^\s+(?P<plural>[a-z]{3,}s)\s+(?P<verb>[a-z']+)\b")
_AUXILIARIES = AFTER_A_PLURAL.union(("need", "tend", "rely"))
# An adverb between a subject and its verb, and the verb: 'capabilities also exist'.
_ADVERB_THEN_VERB = re.compile(rf"\s+(?:{FREQUENCY}|also|still|only|first)\s+([a-z]{{3,}})\b", re.I)
# A noun in the singular after the name, then a verb that agrees with it: the name and the
# noun are one subject ('Kerberos policy is ...', 'The Kerberos protocol uses ...').
_SINGULAR_THEN = re.compile(
    r"^\s+(?!(?:also|then|only|never|always|often|still|now|even|just|thus|first|again|"
    r"itself|alone)\b)(?P<noun>[a-z]{3,}(?<!s)(?<!ed)(?<!ly))\s+"
    r"(?:is|was|has|does|can|could|will|would|may|might|must|should|"
    r"uses|stores|keeps|sends|provides|allows|lets|makes|defines|describes|specifies)\b"
)


# A preposition just before a name: the name is no verb's subject there.
# ('Two major parts of your drivetrain are ...': a determiner between them)
# ('The lines on a basic five-line staff are ...': the words between the article and
# the name describe it)
_AFTER_A_PREPOSITION = re.compile(
    r"\b(?:of|in|on|to|for|with|from|about)\s+"
    r"(?:(?:the|a|an|your|our|its|their|this|that)\s+(?:[\w-]+\s+){0,2})?$",
    re.I,
)
# 'or' just before a name: the name is another for what comes before it.
_AFTER_AN_OR = re.compile(r"\bor\s+(?:just\s+|simply\s+)?$", re.I)
# An article where a name may follow ('a RAID array'), and the word after the name.
_AN_ARTICLE = re.compile(r"\b(?:a|an|the)\s+", re.I)
_A_WORD = re.compile(r"\s+([a-z]+)", re.I)
# The verb after a name that says whether it is one thing or many ('Webhooks are ...').
_NUMBER_VERB = re.compile(r"\s+(is|was|has|does|are|were|have|do)\b", re.I)


def _words_after(text: str, name: str) -> list[str]:
    """The word after each 'a/an/the <name>' of `text` (case aside), in order, none
    overlapping: what `\\b(?:a|an|the)\\s+<name>\\s+([a-z]+)` finds, with no pattern
    compiled for the name."""
    if not name or name[0].isspace():
        # (the pattern's space before the name would give a space back to the name's)
        return re.findall(_AN_ARTICLE.pattern + re.escape(name) + _A_WORD.pattern, text, re.I)
    found: list[str] = []
    after = 0  # where the last 'a <name> <word>' ended: the next starts after it
    for article in _AN_ARTICLE.finditer(text):
        named = written_at(text, article.end(), name) if article.start() >= after else -1
        word = _A_WORD.match(text, named) if named >= 0 else None
        if word is not None:
            found.append(word[1])
            after = word.end()
    return found


# A verb saying what a thing does, after its name: 'Kerberos gives ...'.
_FUNCTION_VERB = re.compile(rf"\s+({'|'.join(sorted(FUNCTION_VERBS, key=len, reverse=True))})\b")


def _singular_verb(verb: str) -> bool:
    """Whether a verb of FUNCTION_VERBS is the form a singular takes ('gives',
    'processes'), not the bare one ('give', 'process')."""
    lowered = verb.lower()
    stems = (lowered[:-1], lowered[:-2], f"{lowered[:-3]}y" if lowered.endswith("ies") else "")
    return lowered.endswith("s") and any(stem in FUNCTION_VERBS for stem in stems if stem)


def _verbs_after(
    text: str, name: str, verbs: re.Pattern[str] = _NUMBER_VERB
) -> list[tuple[int, str]]:
    """Where `name` stands as a word of `text` (case aside) with one of `verbs` right
    after it, and that verb as written; in order, none overlapping."""
    lowered, wanted = text.lower(), name.lower()
    if not name or not name.isascii() or len(lowered) != len(text) or ASCII_PARTNERS.search(text):
        # (where lower case moves a text's letters, or a letter beyond ASCII may be one
        # of the name's, the pattern says it)
        pattern = rf"\b{re.escape(name)}{verbs.pattern}"
        return [(found.start(), found[1]) for found in re.finditer(pattern, text, re.I)]
    found: list[tuple[int, str]] = []
    start = lowered.find(wanted)
    while start >= 0:
        verb = verbs.match(text, start + len(name)) if BOUNDARY.match(text, start) else None
        if verb is not None:
            found.append((start, verb[1]))
        start = lowered.find(wanted, verb.end() if verb is not None else start + 1)
    return found


# An aside in brackets that pictures the thing with the reader's own things: '(like
# your toys)', '(just like how you sort your mail)'.
_PICTURE_ASIDE = re.compile(
    r"\s*\((?:just\s+)?like\s[^()]{0,80}?\b(?:your|you|you're|my|our)\b[^()]{0,80}\)"
)
_SPACED_COLON = re.compile(r"(?<=\w)\s+:\s+(?=\w)")
# A word that opens a sentence or a gloss, written small: 'when too little is ...'.
_OPENS_IN_SMALL_LETTERS = re.compile(r"(?:when|where|whenever|how|the|an?|any|what|whether)\s")
# A quotation's closing mark before an answer's stop, and the marks that may open one.
_QUOTE_THEN_STOP = ('".', "”.")
_OPENING_QUOTES = ('"', "“")
_SAID_OF_BOTH = 60  # characters of a text found in a neighbour's that make it shared
_SIDES = 3  # other entries of one file, at most, read as a comparison's other sides


def _same_file(given: Sequence[Entry], entry: Entry) -> list[Entry] | None:
    """The entries of `given` read from `entry`'s file, or None when there are more than
    `_SIDES` + 1 of them (a glossary's many terms are no sides of one another). One pass
    with nothing built: every entry of an import is given its own list of siblings, so a
    grouping kept per list was made again for each entry of a thousand."""
    group: list[Entry] = []
    for other in given:
        if other.file == entry.file:
            if len(group) > _SIDES:
                return None
            group.append(other)
    return group


def _may_be_plural(word: str) -> bool:
    """Whether a name's last word may be a plural: in -s, or one of the plurals without
    it ('data', 'criteria', 'alumni', 'larvae', 'people')."""
    lowered = word.lower()
    return lowered.endswith("s") or lowered in _PLURALS_WITHOUT_S


_PLURALS_WITHOUT_S = frozenset(
    {"data", "media", "criteria", "phenomena", "bacteria", "curricula", "strata", "errata"}
    | {"alumni", "fungi", "cacti", "nuclei", "stimuli", "radii", "larvae", "algae"}
    | {"antennae", "vertebrae", "people", "children", "men", "women", "mice", "geese"}
    | {"teeth", "feet", "sheep", "deer", "fish", "police", "cattle", "staff", "livestock"}
)


@dataclass(frozen=True)
class Context:
    """What every maker needs: the entry, its siblings and the seed."""

    entry: Entry
    given: Sequence[Entry]  # the siblings as the caller passed them (kept for a memo)
    seed: int

    @cached_property
    def others(self) -> tuple[Entry, ...]:
        return tuple(self.given)

    @cached_property
    def body(self) -> str:
        """The entry's prose (its first 20,000 characters), to see how it writes a word."""
        return body_text(self.entry)[:20_000]

    @cached_property
    def folded_body(self) -> str:
        """The entry's text in one case, to look a phrase up in."""
        return body_text(self.entry).casefold()

    @cached_property
    def _after_name(self) -> dict[str, frozenset[str]]:
        """`_written_after`'s memo, by the name as said."""
        return {}

    @cached_property
    def mention(self) -> str:
        return mention(self.entry)

    @cached_property
    def plural(self) -> bool:
        """Whether the entry's name is a plural ('Webhooks', 'Web APIs'): 'What are ...?'.

        The page's own verbs decide ('Webhooks are ...', 'Kubernetes is ...'); without
        them, the name's form: a lowercase -s ending that is no singular's ('-ss', '-us',
        '-is', '-ics', '-ias'), or an abbreviation with a plural s ('APIs').
        """
        if self.mention.lower().startswith(("a ", "an ")):
            return False  # 'a JWT': the page says it in the singular
        # (the head noun before 'of': 'Internet' of 'the Internet of Things')
        head = self.mention.split(" of ", 1)[0]
        last = head.split()[-1] if head.split() else ""
        text = body_text(self.entry)[:20_000]
        said = [
            verb
            for start, verb in _verbs_after(text, self.entry.title)
            # not the name after a preposition: 'The purpose of CT logs is ...'
            if _AFTER_A_PREPOSITION.search(text, max(0, start - 40), start) is None
            # nor the second of two names: 'boilerplate code or just boilerplate are ...'
            and _AFTER_AN_OR.search(text, max(0, start - 12), start) is None
        ]
        if said:
            if not _may_be_plural(last):
                # 'the typographic point were put forth': a plural verb after a name
                # that is no plural belongs to another subject
                return False
            many = sum(verb.lower() in {"are", "were", "have", "do"} for verb in said)
            return many * 2 > len(said)
        acting = (
            _verbs_after(text, self.entry.title, _FUNCTION_VERB)[:1] if last.endswith("s") else []
        )
        if acting:
            # 'Kerberos gives each user a ticket ...': a verb in -s after the name says one
            return not _singular_verb(acting[0][1])
        if re.fullmatch(r"[A-Z]{2,}s", last):
            return True
        return (
            len(last) > 3
            and last.endswith("s")
            and last[1:-1].lower() == last[1:-1]
            and not last.endswith(("ss", "us", "is", "ics", "ous", "ias"))  # 'bias', 'alias'
            and last.lower() not in ("canvas", "atlas", "lens")
        )

    def be(self) -> str:
        return "are" if self.plural else "is"

    def do(self) -> str:
        return "do" if self.plural else "does"

    @cached_property
    def about(self) -> list[tuple[Section, Item, str, str, str]]:
        """The prose sentences whose subject is the entry (see about_entry)."""
        return list(about_entry(self))

    @cached_property
    def defined(self) -> str:
        """What the defining sentence says the entry is, its list read in ('' without one)."""
        if self.defining is None:
            return ""
        section, item, sentence = self.defining
        return with_list(predicate_of(self, sentence), sentence, section, item, self.entry)

    @cached_property
    def defined_words(self) -> frozenset[str]:
        """The content words of that answer, to tell a later card that repeats it."""
        return content_words(self.defined)

    @cached_property
    def defining(self) -> tuple[Section, Item, str] | None:
        """The sentence that says what the entry is (see defining_sentence)."""
        return defining_sentence(self)

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
        # ('The PodDisruptionBudget (or PDB) is used to ...': its other name in brackets)
        rest = _NAME_ASIDE.sub("", text[spans[0][1] :], count=1)
        if rest.lstrip().startswith("= "):
            return "=", rest.lstrip()[2:].strip()
        if not rest[:1].isspace():
            return None  # 'backend's', 'backend-side': not the name as a subject
        if self._heads_a_longer_name(text[spans[0][0] : spans[0][1]], rest):
            return None  # 'User mode programs cannot ...', 'RAID arrays distribute ...'
        if _SINGULAR_THEN.match(rest):
            return None  # 'Kerberos policy is set ...': the name of a part of it
        return "", rest.strip()

    def _heads_a_longer_name(self, said: str, rest: str) -> bool:
        """Whether the name and the plural after it are one subject: the plural is
        followed by a verb no verb is followed by ('programs cannot'), or the page
        writes the two in the singular after an article ('a RAID array')."""
        found = _PLURAL_THEN.match(rest)
        if found is None:
            return False
        if found["verb"].lower() in _AUXILIARIES:
            return True
        if found["verb"] in FUNCTION_VERBS and not found["verb"].endswith("s"):
            return True  # 'Flatbed scanners provide ...': a verb that agrees with the plural
        later = _ADVERB_THEN_VERB.match(rest, found.end("plural"))
        if later is not None and not later[1].endswith("s"):
            return True  # 'FaaS capabilities also exist': the verb agrees with the plural
        if noun_in_ings(found["plural"]):
            return True  # 'TTL settings assist in ...'
        one = found["plural"][:-1].lower()
        if f"{said} {one}".casefold() not in self.folded_body:
            return False  # never written in the singular at all: a quick no
        return one in self._written_after(said)

    def _written_after(self, said: str) -> frozenset[str]:
        """The words the page writes after 'a/an/the <said>' ('a RAID array': 'array'),
        worked out once per name."""
        known = self._after_name.get(said)
        if known is None:
            words = _words_after(body_text(self.entry), said)
            known = self._after_name[said] = frozenset(word.lower() for word in words)
        return known

    def before_name_at_end(
        self, text: str, spans: list[tuple[int, int]] | None = None
    ) -> str | None:
        """'Checks must run on the backend' -> 'Checks must run on'; else None."""
        spans = self.own.find(text) if spans is None else spans
        if not spans or spans[-1][1] != len(text):
            return None
        head = text[: spans[-1][0]].rstrip()
        return re.sub(r"\s+(?:the|a|an)$", "", head, flags=re.I) or None

    @cached_property
    def _neighbours(self) -> tuple[str, ...]:
        """The texts of the other sides of a comparison: the other entries of this file
        when it gives a few (a glossary's many terms are no sides of one another)."""
        group = _same_file(self.given, self.entry)
        if group is None:
            return ()
        same_file = [other for other in group if other.key != self.entry.key]
        if len(same_file) > _SIDES:
            return ()
        return tuple(body_text(other).casefold() for other in same_file)

    def said_of_a_neighbour(self, text: str) -> bool:
        """Whether the other side of a comparison says `text` of itself too: 'a
        collection of elements, which can be stored and retrieved one at a time', of the
        stack and of the queue."""
        said = text.casefold()[:_SAID_OF_BOTH]
        return len(said) >= _SAID_OF_BOTH // 2 and any(said in other for other in self._neighbours)

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

    @cached_property
    def side_claims(self) -> list[SideClaim]:
        """What a comparison page says of one side alone, when the entry is such a page
        (the generator picks its makers by it, and the side maker asks it)."""
        return side_claims(self.entry)

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
        # 'two different states : lock and unlock': a colon spaced as some pages set it
        prompt = _SPACED_COLON.sub(": ", prompt)
        if answering is Answering.SELF and "(" in prompt + answer:
            # '... hold lots of different types of data (like your toys) ...': a child's
            # picture set in brackets, which a card read alone only blurs
            prompt = _PICTURE_ASIDE.sub("", prompt)
            answer = _PICTURE_ASIDE.sub("", answer)
        if answering is Answering.SELF and answer.endswith((",", ";")) and " " in answer:
            # 'Controls whether cookies are sent with cross-site requests,': a gloss whose
            # list of options followed its comma; the answer ends where it stopped
            answer = f"{answer[:-1].rstrip()}."
        if (
            answering is Answering.SELF
            and answer[-2:] in _QUOTE_THEN_STOP
            and not any(mark in answer[:-2] for mark in _OPENING_QUOTES)
        ):
            # '... software packages or libraries".': a quotation's closing mark, its
            # opening one left behind with the words before the answer
            answer = answer[:-2] + "."
        if answering is Answering.SELF and _OPENS_IN_SMALL_LETTERS.match(answer):
            # 'when too little is dissolved from the grounds, ...': a glossary's gloss,
            # its first word written small after the term's dash
            answer = upper_first(answer)
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
