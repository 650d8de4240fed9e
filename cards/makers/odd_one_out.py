"""The odd one out of a list: an item of another list that does not belong among its items.

Searched through the lists of the entry's siblings and its own (each entry's lists
worked out once, in a memo), for an item of the same kind as the list's but saying
nothing they say. The list maker asks 'Which of these is not one of ...?' with it.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from cards.makers.context import Context
from cards.makers.section_lists import list_items
from cards.model import CardKind, Entry, Section
from cards.rules import cached_card_id, fold, section_folds
from cards.sentences import content_words, head_of, similarity, words


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
    for item in list_items(section):
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


def _ends_on(text: str, word: str) -> bool:
    """Whether a head's last word is `word`, in any case."""
    said = words(text)
    return bool(said) and said[-1].casefold() == word


def odd_one_out(
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
    # Names that all end on one word in capitals ('Backup Job', 'Copy Job', 'Restore Job')
    # are kinds of one thing: an outsider ending otherwise ('Secondary Server') stands out
    # at a glance.
    ends = [head.split()[-1] for head in heads if head.split()]
    named = len(ends) == len(heads) > 1 and all(end[:1].isupper() for end in ends)
    lasts = {end.casefold().strip(".,:;") for end in ends}
    last = next(iter(lasts)) if named and len(lasts) == 1 else ""

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
    # Beyond a laid-out path (a folder of loose notes, pages saved side by side), another
    # note's list is on another subject: 'Guards consistency' among the classes of status
    # codes stood out at a glance. There the outsider comes from the page itself.
    sources = (*ctx.distractors, ctx.entry) if ctx.entry.placed else (ctx.entry,)
    lists = [(o, section, found) for o in sources for section, found in _lists(o)]
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
            if last and not _ends_on(head.text, last):
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
        if head.length > 2 * usual + 2:
            continue  # a sentence among names ('Documents are grouped into ...' beside 'MongoDB')
        if believable(head):
            return head.text, other, section
    return None
