"""True-or-false cards: misconceptions, takeaways, and statements turned round.

A misconception section (or an inline 'Common misconception: ...') and a takeaway give
statements to judge, read by `cards.truth`; a sentence about the entry with one word
that has a plain opposite ('FTP is an insecure protocol') is asked turned round, to be
judged false. Every such card is built by `true_or_false_card`, which the claim maker
uses too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from cards import truth
from cards.makers.prose import prose_items, sentences_of, stands_alone
from cards.model import TRUE_FALSE, Answering, Card, CardKind, Entry, Item, Section, SectionKind
from cards.sentences import indefinite, lower_first, split_label, strip_end, upper_first, words

if TYPE_CHECKING:
    from cards.makers.context import Context


def _misconception_items(entry: Entry) -> Iterator[tuple[Section, Item]]:
    for section in entry.sections:
        for item in prose_items(section):
            if section.kind is SectionKind.MISCONCEPTION:
                yield section, item
            elif truth.is_misconception_label(split_label(item.text)[0]):
                # An inline 'Common misconception: ...' the parser left in another section.
                yield section, item


def true_false_cards(ctx: Context) -> Iterator[Card]:
    claims: list[tuple[Section, Item, truth.Claim]] = []
    for section, item in _misconception_items(ctx.entry):
        warning = section.kind is SectionKind.MISCONCEPTION and truth.is_warning(section.heading)
        claims.extend(
            (section, item, claim) for claim in truth.misconception_claims(item.text, warning)
        )
    for section, item, sentence in sentences_of(ctx.entry, SectionKind.TAKEAWAYS):
        if not item.text.lstrip().startswith(sentence):
            # a takeaway's paragraph goes on to explain its point ('That's fine — the goal
            # is ...', 'A golden master is scaffolding.'): the point is the claim to judge
            continue
        claim = truth.takeaway_claim(sentence, ctx.mention)
        if claim is not None:
            claims.append((section, item, claim))
    practices = 0  # mistakes stated as practices so far ('X is fine', false)
    for section, item, claim in claims:
        if claim.statement.count("; ") >= 2:
            continue  # 'the file must be served over HTTPS; ...; and ...': several claims at once
        if _ARROW.search(claim.statement):
            continue  # 'Tracking everything →': a flow or a point cut at its arrow, no claim
        if "…" in claim.statement:
            continue  # 'Forgetting the else …', the page's copy cut there: half a claim
        if _LABELLED.match(claim.statement):
            # 'deadlock: two threads each hold one mutex and wait ...': a pitfall named, then
            # what happens in it; no claim to judge true or false
            continue
        statement, true = claim.statement, claim.true
        if not true and statement.endswith(truth.IS_FINE):
            practices += 1
            if practices % 2 == 0:
                # A list of common mistakes asked 'X is fine?' one after another is false
                # every time, which the learner reads off the form: every second one is
                # asked the other way round, true.
                statement, true = statement[: -len(truth.IS_FINE)] + " is a mistake", True
        yield true_or_false_card(ctx, statement, true, section, item, claim.settles)


# Words whose opposite makes a plain false statement of a true one. Not 'secure' to
# 'insecure', nor 'encrypted' to 'unencrypted': 'PKI provides an insecure way to
# authenticate ...' is false by its wording (no security mechanism is written up as
# insecure); the other way round, 'FTP is a secure protocol', is a belief to test.
_OPPOSITES = {
    "insecure": "secure",
    "faster": "slower",
    "slower": "faster",
    "high": "low",
    "low": "high",
    "higher": "lower",
    "lower": "higher",
    "increases": "decreases",
    "decreases": "increases",
    "unencrypted": "encrypted",
    "stateless": "stateful",
    "stateful": "stateless",
    "synchronous": "asynchronous",
    "asynchronous": "synchronous",
    "temporarily": "permanently",
    "permanently": "temporarily",
    "temporary": "permanent",
    "permanent": "temporary",
    "client": "server",
    "server": "client",
    "larger": "smaller",
    "smaller": "larger",
    "public": "private",
    "private": "public",
    "local": "remote",
    "remote": "local",
    "lightweight": "heavyweight",
    "decentralized": "centralized",
    "centralized": "decentralized",
    "static": "dynamic",
    "dynamic": "static",
}
# How many statements of one entry are turned round: a few, never the whole page.
_MAX_FLIPPED = 2


# A second verb phrase after 'and': 'and utilize fewer resources', 'and requires a key'.
_SECOND_CLAIM = re.compile(
    r"\band\s+(?:also\s+)?(?:(?:use|utili[sz]e|need|require|take|make|cost|run|have|offer|"
    r"provide|support|consume|give|keep|allow|let|carry)s?|is|are|has|can|will)\b|"
    # ('... are also dynamic, and adjust automatically when ...', '... much smaller than
    # audio files, and the events are also editable': a clause of its own after a comma)
    r",\s+and\s",
    re.I,
)
_CORRECTED = re.compile(
    r"\bbut\s+(?:(?:it['’]s|it\s+is|they['’]re|they\s+are)\s+(?:actually|really)|in\s+fact|"
    r"in\s+reality|actually)\b",
    re.I,
)


def flipped_cards(ctx: Context) -> Iterator[Card]:
    """'FTP is an insecure protocol' -> 'True or false: FTP is a secure protocol' (False).

    A sentence naming the entry with one word that has a plain opposite is asked turned
    round, to be judged false; the page's sentence settles it.
    """
    made = 0
    pairs: set[frozenset[str]] = set()
    defining = ctx.defining[2] if ctx.defining else ""
    kinds = (SectionKind.SUMMARY, SectionKind.EXPLANATION, SectionKind.OTHER, SectionKind.TAKEAWAYS)
    for section, item, sentence in sentences_of(ctx.entry, *kinds):
        if made >= _MAX_FLIPPED:
            return
        # 'Speed: An Index Scan is faster because it scans fewer pages': the label goes,
        # and so does the reason, which the turned statement would contradict
        sentence_said = _LABEL.sub("", sentence)
        if _LABEL.match(sentence_said):
            continue  # 'Security: GET Method: Less secure ...': a cell of a table's row
        statement = re.split(
            r",\s+(?:meaning|which|so that|because|while|whereas|allowing|letting|enabling)\b|"
            r"\s+because\b",
            sentence_said,
        )[0]
        statement = strip_end(statement)
        # (the one word to turn is looked for first: most sentences have none)
        found = [w for w in re.findall(r"[A-Za-z]+", statement) if w.lower() in _OPPOSITES]
        if len(found) != 1 or _OPPOSITES[found[0].lower()] in words(statement):
            continue  # none, several, or the opposite already there ('client and server')
        if not stands_alone(sentence) or len(words(statement)) > 25 or sentence == defining:
            continue  # the definition has its own card
        spans = ctx.own.find(statement)
        if not spans or len(words(statement[: spans[0][0]])) > 3:
            continue  # a statement about the entry: it names the entry first
        if _UNFIT_TO_JUDGE.search(statement) or _GLOSSED.match(statement):
            continue  # quotes, the writer's 'I', advice under a condition
        if _CORRECTED.search(sentence):
            continue  # 'X is just Y, but it's actually Z': a myth and its correction at once
        if re.search(r"\b(?:this|these|those)\s+[a-z]", statement, re.I):
            continue  # 'increases this coordination': what 'this' is, the card does not show
        if _NEGATIVE_WORDS.intersection(words(statement)):
            continue  # 'not secure' turned round is a puzzle, not a fact
        word = found[0]
        if re.search(rf"\([^()]*\b{word}\b[^()]*\)", statement):
            # 'HDMI (High Definition Multimedia Interface)': an aside, often a name spelled
            # out; turned, the statement's claim stays true
            continue
        if re.match(rf"(?:in|at|for|with|under|on|over)\s+[^,]*\b{word}\b[^,]*,", statement, re.I):
            # 'In higher dimensions, acceleration is a vector ...': the setting a claim is
            # made in; turned, it names another setting, where the page says nothing
            continue
        if re.search(rf"-{word}\b|\b{word}-", statement):
            continue  # 'Higher-order functions': half of a word, not a quality to turn
        if _SECOND_CLAIM.search(statement, statement.find(word) + len(word)):
            # 'Containers are much smaller in size and utilize fewer resources': turned, one
            # half is false and the other still true
            continue
        if re.search(rf"\b(?:less|more|least|most)\s+{word}\b", statement, re.I):
            continue  # 'less secure' turned is 'less insecure': no plain opposite
        if re.search(rf"\b(?:{_MODAL_OR_TO})\s+{word}\b", statement, re.I):
            continue  # 'can secure multiple websites': a doing, whose opposite is no verb
        if re.search(rf"\b[A-Z][\w-]*\s+{word}\s+[A-Z]", statement) and word[:1].isupper():
            continue  # 'GNU General Public License': a word of a name, not a quality
        if _SAYS_WHAT_IT_MEANS.match(statement, statement.find(word) + len(word)):
            continue  # 'static files that are the same for everyone': turned, it contradicts
        at = len(words(statement[: statement.find(word)]))
        named_at = len(words(statement[: spans[0][0]]))
        if at == named_at - 1 and not _said_before_name(ctx, _OPPOSITES[word.lower()]):
            # 'a local stacking context': a kind the page names; a 'remote' one it never
            # does ('Low latency is good' turns round, as the page speaks of high latency)
            continue
        if (
            not named_at - 4
            <= at
            <= named_at + len(words(statement[spans[0][0] : spans[0][1]])) + 5
        ):
            continue  # 'less affected by high traffic': far from the entry, not about it
        between = words(statement[spans[0][1] : statement.find(word)])
        if _PREPOSITIONS.intersection(between):
            continue  # 'saves configuration for static assets': said of the assets, not of it
        opposite = _OPPOSITES[word.lower()]
        if re.search(rf"\b{word}\s+(?:the|a|an|its|their|your|our)\b", statement):
            # 'Enzymes lower the activation energy': a verb, turned by its own opposite
            if word.lower() != "lower":
                continue
            opposite = "raise"
        pair = frozenset((word.lower(), opposite))
        names = {w for name in ctx.entry.names for w in words(name)}
        if pair & names or pair in pairs:
            continue  # the entry's own name turned round; one statement per pair of words
        pairs.add(pair)
        if word[:1].isupper():
            opposite = upper_first(opposite)
        turned = re.sub(rf"\b{word}\b", opposite, statement, count=1)
        turned = re.sub(r"\b(?:an?) (?=(\S+))", lambda at: f"{indefinite(at[1])} ", turned)
        # Turned round, always: the page's own statements as they stand are asked as
        # true elsewhere (takeaways, 'X is not Y'), and a true one with an opposite in it
        # is guessed from the word ('public APIs expose services to external developers').
        made += 1
        yield true_or_false_card(ctx, turned, False, section, item, sentence)


def _said_before_name(ctx: Context, word: str) -> bool:
    """Whether the page says `word` right before the entry's name ('high latency')."""
    return any(f"{word} {name.casefold()}" in ctx.folded_body for name in ctx.entry.names if name)


# An arrow: a flow of steps ('A → B'), or a point the copy cut after its arrow.
# A point under its label: 'Deadlock: two threads each hold ...'.
# ('titrant – the solution of known concentration that is added': a glossary's term and
# its gloss, the dash for the colon)
_LABELLED = re.compile(r"[\w'-]+(?:\s+[\w'-]+){0,3}(?::|\s[–—-])\s")
_ARROW = re.compile(r"[→⇒➔]|->|=>")


# A word that turns from the sentence before, which the card does not show.
_TURN = re.compile(
    r"^(?:however|but|also|moreover|furthermore|additionally|in addition|on the other hand|"
    r"nevertheless|still|yet|so|thus|therefore),\s+(?=\S)",
    re.I,
)
# Words before a verb: 'can secure', 'to secure'.
_MODAL_OR_TO = "can|cannot|to|will|must|may|could|should"
# A label before a point's sentence: 'Speed: An Index Scan is ...'.
_LABEL = re.compile(r"^[A-Z][\w-]*(?:\s+[\w-]+)?:\s+(?=[A-Z])")


# What follows a word and says what it means, or names examples of it: the word turned
# round would leave the rest of the statement saying the opposite.
_SAYS_WHAT_IT_MEANS = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:that|which|who)\s+(?:is|are|stays?|remains?|looks?|never|do|does)\b"
    r"|(?:\s+[\w-]+){0,2}?(?::|,?\s+(?:such as|like|including|e\.g\.))\s"
)
# A term and its gloss, as a list gives them: 'Bastion host - a locked-down server ...'
# is no sentence to judge.
_GLOSSED = re.compile(r"^[^.,;:]{1,40}?\s[-–—]\s")
_UNFIT_TO_JUDGE = re.compile(
    r"[\"“”‘]\w|\w[\"“”]|\b(?:I|my|we|our|us|me)\b|^(?:if|when|unless|once)\b|"
    r"^(?:see|read|check|learn|click|visit|refer|note)\b",
    re.I,
)
# Words that open a phrase of its own between the entry's name and the word to turn: the
# word then qualifies something else, and its opposite is a statement the page never
# settles ('a CDN saves configuration for dynamic assets').
_PREPOSITIONS = frozenset(
    ("for", "of", "on", "in", "with", "to", "from", "by", "about", "at", "into", "than")
)
_NEGATIVE_WORDS = frozenset(("not", "no", "never", "isn't", "aren't", "doesn't", "don't", "cannot"))


# Two capitalised words opening a statement: a name ('Data Protection is ...').
_TITLE_CASED_OPENING = re.compile(
    r"^(?!(?:An?|The|Every|Each|All|Some|Most|Many|Any|No|This|That|These|Those|Your|Our)\s)"
    r"(?![A-Z][a-z]+ing\s)[A-Z][a-z]+\s+[A-Z][a-z]+\s"
)


def true_or_false_card(
    ctx: Context, statement: str, true: bool, section: Section, item: Item, settles: str
) -> Card:
    """'True or false: <statement>.', with the sentence that settles it as explanation.

    The statement is put to the learner as a statement: it ends in a full stop, as on a
    printed quiz, not in a question mark that would make it read as a question."""
    statement = _TURN.sub("", statement)  # 'However, HTTP isn't secure': no turn from before
    opening = ctx.own.find(statement[:80])
    if opening and opening[0][0] == 0 and not ctx.mention.islower():
        said = statement  # 'Telnet is ...': a name keeps its capital
    elif _TITLE_CASED_OPENING.match(statement):
        said = statement  # 'Data Protection is ...': another name the page gives, as written
    else:
        said = lower_first(statement)
    return ctx.card(
        CardKind.TRUEFALSE,
        Answering.CHOICE,
        f"True or false: {said}.",
        TRUE_FALSE[0] if true else TRUE_FALSE[1],
        section,
        item,
        explanation=settles,
        fixed_options=TRUE_FALSE,
    )
