"""Advice cards: why a note tells its reader to do, or never to do, something.

Notes a learner writes are full of advice with its reason beside it: 'Always add
conditioner to tap water, because chlorine kills fish', 'Match the temperature to avoid
shocking the fish'. The reason is what there is to remember; the card asks for it
('Why should you always add conditioner to tap water?' -> 'Because chlorine kills
fish.').
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from cards.makers.context import Context
from cards.makers.prose import cut_off, sentences_of
from cards.model import Answering, Card, CardKind, ItemKind, SectionKind
from cards.sentences import lower_first, strip_end, upper_first, words

# Verbs a piece of advice opens on, in the form that tells the reader to do it. A closed
# list: an opening word of any other sentence ('Water changes remove nitrate') is a noun
# as often as a verb.
_ADVISED = frozenset(
    """add adjust aim apply avoid bed boil brush buy change check choose clean cool cover
    cut dip drain dry feed fill fire fix give glaze grease heat hold hook inflate keep leave
    let lift lube match measure mix move oil pick place plug pour press pump put
    quarantine replace rest rinse rotate run sand scrape seal shake soak sponge spray stir
    store take tap test thin tighten trim turn use wait warm wash wear wedge wet wipe
    wrap""".split()  # noqa: SIM905 - a word list reads best as words
)
# 'Always add ... because ...', 'Never rinse ... since ...', 'Match ... to avoid ...'.
_ADVICE = re.compile(
    r"^(?P<when>(?:always|never|don['’]t|do\s+not)\s+)?(?P<verb>[a-z]+)\s+(?P<rest>[^;:]{3,120}?)"
    r"(?:,?\s+(?:because|since)\s+(?P<reason>[^;:]{8,160}?)|"
    r",\s+so\s+(?:that\s+)?(?P<result>[^;:]{8,160}?)|"
    r"\s+(?P<aim>(?:so\s+as\s+)?to\s+(?:avoid|prevent|stop|protect|keep\s+from|get|keep|"
    r"save|reduce))\s+(?P<goal>[^;:]{3,120}?))"
    r"[.!]?$",
    re.I,
)
# A reason that leans on what the note said before: 'because it ...', 'since this ...'.
# ('because it is a solvent': the 'it' is the thing the advice itself names)
_LEANS_BACK = re.compile(r"^(?:this|that|these|those|of\s+this)\b", re.I)
# A dash between a label and what it says: 'Trim and Balance – Once on the new course'.
_LABEL_DASH = re.compile(r"\s[–—-]\s")
# A verb's object left out, its place word straight after it: 'Keep out of drafts'.
# ('Wipe off extra lube': a particle, then the object)
_NO_OBJECT = re.compile(
    r"^(?:(?:out|off|away|up|down)\s+(?:of|from)|in|on|at|to|from|into|onto|of)\b", re.I
)
_READ = (SectionKind.SUMMARY, SectionKind.EXPLANATION, SectionKind.OTHER, SectionKind.TAKEAWAYS)
_MOST_WORDS = 40


def advice_cards(ctx: Context) -> Iterator[Card]:
    """'Why should you <do what the note advises>?', answered by the reason it gives."""
    for section, item, sentence in sentences_of(ctx.entry, *_READ):
        said = strip_end(sentence.strip())
        if len(words(said)) > _MOST_WORDS or cut_off(said):
            continue
        advice = _ADVICE.match(said)
        if advice is None or advice["verb"].lower() not in _ADVISED:
            continue
        if item.kind is ItemKind.PARAGRAPH and not advice["when"]:
            # in running prose an opening 'Fire escape ...' is as often a noun as a bidding;
            # a note's points, or 'Always ...', 'Never ...', bid
            continue
        if _LABEL_DASH.search(advice["rest"]):
            continue  # 'Trim and Balance – Once on the new course, adjust ...': a step's label
        if _NO_OBJECT.match(advice["rest"]):
            continue  # 'Keep out of drafts ...': keep what, the sentence before said
        if advice["reason"] and _LEANS_BACK.match(advice["reason"]):
            continue  # 'because this ...': what 'this' is, the card would not show
        when = (advice["when"] or "").strip().lower()
        if when == "always":
            how = "always "
        elif when:
            how = "never "  # ('Don't ...', 'Do not ...' too)
        else:
            how = ""
        rest = advice["rest"].rstrip(" ,")  # ('..., to avoid ...')
        prompt = f"Why should you {how}{advice['verb'].lower()} {rest}?"
        if advice["reason"]:
            answer = f"Because {lower_first(advice['reason'])}."
        elif advice["result"]:
            answer = f"So that {lower_first(advice['result'])}."  # ', so the pad ...'
        else:
            answer = f"{upper_first(advice['aim'].lower())} {advice['goal']}."
        yield ctx.card(
            CardKind.CLAIM, Answering.SELF, prompt, answer, section, item, explanation=sentence
        )
