"""Side cards: on a page comparing two things, which of the two a sentence is about.

'Interpreter looks at a source code line-by-line.' under 'Compiler vs interpreter' asks
'Which looks at a source code line-by-line: compiler or interpreter?', a choice of the
two. The claims are `cards.comparison`'s; this module picks and words them. A claim
and its mirror (the other side's half of the same point, or the opposite quality) give
one card.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cards.comparison import SideClaim, contrast_claims, sides
from cards.defining import spells_out
from cards.makers.context import Context
from cards.makers.identify import how_well_it_serves
from cards.model import Answering, Card, CardKind
from cards.names import body_text, either_number, plural_of, written_in_capitals
from cards.sentences import content_words, lower_first, upper_first, words


def side_cards(ctx: Context) -> Iterator[Card]:
    """'Which <does what the page says>: <one side> or <the other>?' for each claim.

    An entry of the pair asks one half of each point, the sides in turn. When the page
    is split in two (each side defined), the same halves are chosen, and each side's
    entry asks those about itself: between the two entries each point is asked once (a
    blind judge counted a point's two halves, one in each entry, as one question asked
    twice), and the review, which hides an entry's name above a card it answers, mixes
    the two entries' cards.
    """
    pair = sides(ctx.entry)
    claims = ctx.side_claims
    if pair is not None and claims:
        yield from _spelled_out(ctx, pair)
        yield from _asked(ctx, pair, _one_of_each_mirror(claims))
        return
    for pair, claims in contrast_claims(ctx.entry):
        own = {
            side
            for side in (0, 1)
            if any(either_number(pair[side], name) for name in ctx.entry.names)
        }
        yield from _asked(ctx, pair, _one_of_each_mirror(claims), own)


def _spelled_out(ctx: Context, pair: tuple[str, str]) -> Iterator[Card]:
    """'What does UDP stand for?' where a side's heading expands its abbreviation ('UDP
    (User Datagram Protocol)'): what the learner of a 'TCP vs UDP' page is asked first."""
    for section in ctx.entry.sections:
        expanded = _EXPANDED.match(section.heading.strip())
        if expanded is None or not section.items:
            continue
        name, long = expanded["name"], expanded["long"].strip()
        if name in pair and spells_out(name, long):
            yield ctx.card(
                CardKind.DEFINITION,
                Answering.SELF,
                f"What does {name} stand for?",
                upper_first(long),
                section,
                section.items[0],
                explanation=f"{name} stands for {long}.",
            )


# 'also' in a claim's first words, kept out of the question: 'is also non-volatile'.
_ALSO = re.compile(r"^(?P<verb>(?:\w+\s+)?)also\s+")
# A side's heading with its expansion: 'TCP (Transmission Control Protocol)'.
_EXPANDED = re.compile(r"^(?P<name>[^()]{2,20}?)\s*\((?P<long>[^()]{3,80})\)\.?$")


_FEWEST_WORDS = 3  # a point's content words, for one to be found inside another


def _asked(
    ctx: Context,
    pair: tuple[str, str],
    mirrors: list[list[SideClaim]],
    own: set[int] | None = None,
) -> Iterator[Card]:
    """A card for each point: of every side, or only of the `own` sides (a split page's
    entry asks the points whose asked half is about itself)."""
    written = _as_written(ctx, pair)
    said: list[tuple[int, frozenset[str]]] = []  # each asked point's side and its words
    for mirror in mirrors:
        asked = _fair_half(mirror, written)
        if asked is None:
            continue  # 'Which integrates video hardware ...: integrated or dedicated graphics?'
        claim, names, predicate = asked
        if own is not None and claim.side not in own:
            continue
        point = content_words(predicate)
        if len(point) >= _FEWEST_WORDS and any(
            side == claim.side and (point <= other or other <= point) for side, other in said
        ):
            # 'relies on JavaScript to render content in the browser', and later 'relies
            # on JavaScript to dynamically render content in the browser after the initial
            # page load': one point said twice, the second time longer
            continue
        said.append((claim.side, point))
        if own is not None and _restates(point, ctx.defined):
            # 'In summary, photosynthesis converts sunlight ... into glucose ...' under a
            # definition saying so: its own definition card, turned round
            continue
        options = tuple(upper_first(name) for name in names)
        yield ctx.card(
            CardKind.IDENTIFY,
            Answering.CHOICE,
            f"Which {predicate}: {lower_first(names[0])} or {lower_first(names[1])}?",
            options[claim.side],
            claim.section,
            claim.item,
            explanation=claim.sentence,
            fixed_options=options,
        )


def _restates(point: frozenset[str], defined: str) -> bool:
    """Whether four in five of a claim's words (`point`) are its side's definition's."""
    said = {word[:5] for word in point}
    if not defined or len(said) < 3:
        return False
    meant = {word[:5] for word in content_words(defined)}
    return len(said & meant) * 5 >= len(said) * 4


def _fair_half(
    mirror: list[SideClaim], written: tuple[str, str]
) -> tuple[SideClaim, tuple[str, str], str] | None:
    """The first half of a point whose question keeps its side's name out, with the two
    names as it says them and its predicate; None when every half gives its side away.
    'Which predicts a discrete category or class label: classification or regression?'
    does; its mirror, 'Which predicts a continuous numerical value', does not."""
    for claim in mirror:
        names = _as_said(written, claim)
        # 'is also non-volatile': 'also' points back at a sentence the card does not show
        predicate = _ALSO.sub(r"\g<verb>", claim.predicate, count=1)
        if how_well_it_serves(predicate):
            continue  # 'Which is great for apps with a few screens?': so is the other
        side, other = names[claim.side], names[1 - claim.side]
        # (nor one naming the other side, which rules it out: 'Which is adding random
        # strings to passwords before the password is hashed: hashing or salting?')
        if not _gives_away(predicate, side, other) and not _gives_away(predicate, other, side):
            return claim, names, predicate
    return None


def _gives_away(predicate: str, side: str, other: str) -> bool:
    """Whether the predicate says a word of the side's name that the other side's name
    lacks ('integrates' of 'Integrated Graphics' beside 'Dedicated Graphics'), or the
    start of one ('ink' of 'Inkjet printer')."""
    own = content_words(side) - content_words(other)  # stems: 'integ' of both words
    said = content_words(predicate)
    # ('places droplets of ink' of 'Inkjet printer': a short word a name opens with;
    # 'hashed' of 'hashing', stems 'hashe' and 'hashi': one word's forms)
    return (
        not own.isdisjoint(said)
        or any(
            stem.startswith(word) or (len(word) >= 5 and stem[:4] == word[:4])
            for word in said
            if len(word) >= 3
            for stem in own
        )
        or _said_without(predicate, side)
    )


def _said_without(predicate: str, side: str) -> bool:
    """Whether the predicate says the root of a word of the side's name in '-less'
    ('without losing any data' of 'Lossless compression'): a root the stems compared
    above miss when the predicate's form of it is spelled otherwise."""
    # (the root's letters but its last may change: 'loss' of 'losing')
    starts = {
        root[: max(3, len(root) - 1)]
        for word in words(side)
        if word.endswith("less") and len(root := word[:-4]) >= 3
    }
    return any(word.startswith(start) for start in starts for word in words(predicate))


def _one_of_each_mirror(claims: list[SideClaim]) -> list[list[SideClaim]]:
    """The claims that mirror one another, each group with the half to ask first, the
    sides taken in turn (the other half is asked when the first gives its side away).

    'Interpreter looks at a source code line-by-line. Compiler looks at the entire
    source code.' is one fact said of both; so are 'Reliable' under TCP and 'Unreliable'
    under UDP. Asking both halves asks it twice; asking always the first side makes
    one option right every time, so the first mirror asks the first side, the next
    the second, and so on.
    """
    mirrors: list[list[SideClaim]] = []
    # Where each mirror is met again, so that a page of many points is read in one pass:
    # by its predicates with negation taken off, and by (place, side) of listed qualities.
    by_words: dict[str, int] = {}
    by_place: dict[tuple[int, int], int] = {}
    for claim in claims:
        last = mirrors[-1] if mirrors else []
        if last and claim.item is last[0].item and claim.side not in {c.side for c in last}:
            last.append(claim)  # the other side's half, right after in the same point
            _index(claim, len(mirrors) - 1, by_words, by_place)
            continue
        # 'is unreliable' after 'is reliable', the same words, or the quality listed in
        # the same place under the other side's heading ('a. Flexible')
        met = [by_words.get(_folded(claim.predicate))]
        if claim.listed >= 0:
            met.append(by_place.get((claim.listed, 1 - claim.side)))
        same = min((at for at in met if at is not None), default=None)
        if same is not None:
            mirrors[same].append(claim)
        else:
            mirrors.append([claim])
            same = len(mirrors) - 1
        _index(claim, same, by_words, by_place)
    return [
        sorted(mirror, key=lambda claim: claim.side != turn % 2)  # stable: page order kept
        for turn, mirror in enumerate(mirrors)
    ]


def _index(
    claim: SideClaim, at: int, by_words: dict[str, int], by_place: dict[tuple[int, int], int]
) -> None:
    by_words.setdefault(_folded(claim.predicate), at)
    if claim.listed >= 0:
        by_place.setdefault((claim.listed, claim.side), at)


# What turns a quality into its opposite, so the opposite is not asked again.
_NEGATED = re.compile(r"\b(?:not\s+|non-?|un(?=[a-z]{4})|in(?=[a-z]{5}))", re.I)
# Qualities that come in two forms: lightweight and heavyweight, stateless and stateful.
_PAIRED = re.compile(r"\b(?:light|heavy)(?=weight\b)|(?<=\w)(?:less|ful)\b", re.I)


def _folded(predicate: str) -> str:
    """A predicate with its negation taken off: 'is unreliable' -> 'is reliable'."""
    return _PAIRED.sub("", _NEGATED.sub("", predicate.casefold()))


def _as_written(ctx: Context, pair: tuple[str, str]) -> tuple[str, str]:
    """The two names in capitals where a heading wrote them in lower case ('Difference
    between ram and rom') and the page's text writes them as the abbreviations they are."""
    text = body_text(ctx.entry)[:_LOOK_FOR_CAPITALS]
    titles = {entry.title for entry in (ctx.entry, *ctx.others)}  # 'RAM', 'ROM' of the page
    return (
        pair[0].upper() if _in_capitals(pair[0], text, titles) else pair[0],
        pair[1].upper() if _in_capitals(pair[1], text, titles) else pair[1],
    )


def _in_capitals(name: str, text: str, titles: set[str]) -> bool:
    return name.islower() and (name.upper() in titles or written_in_capitals(name, text))


_LOOK_FOR_CAPITALS = 20_000  # characters of the page, enough to meet the names written


def _as_said(pair: tuple[str, str], claim: SideClaim) -> tuple[str, str]:
    """The two names in the number the sentence uses: 'threads or processes' for a
    claim made of threads."""
    if not claim.plural:
        return pair
    return plural_of(pair[0]), plural_of(pair[1])
