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
from cards.model import Answering, Card, CardKind, SectionKind
from cards.sentences import lower_first, strip_end, upper_first, words

# Verbs a piece of advice opens on, in the form that tells the reader to do it. A closed
# list: an opening word of any other sentence ('Water changes remove nitrate') is a noun
# as often as a verb.
_ADVISED = frozenset(
    """add adjust aim apply avoid boil brush buy change check choose clean cool cover cut
    dip drain dry feed fill fire fix give glaze heat hold keep leave let lift match
    measure mix move pick place plug pour press put quarantine rest rinse rotate sand
    scrape seal shake soak sponge spray stir store take tap test thin trim turn use
    wait warm wash wear wedge wet wipe wrap""".split()  # noqa: SIM905 - a word list reads best as words
)
# 'Always add ... because ...', 'Never rinse ... since ...', 'Match ... to avoid ...'.
_ADVICE = re.compile(
    r"^(?P<when>(?:always|never|don['’]t|do\s+not)\s+)?(?P<verb>[a-z]+)\s+(?P<rest>[^;:]{3,120}?)"
    r"(?:,?\s+(?:because|since)\s+(?P<reason>[^;:]{8,160}?)|"
    r"\s+(?P<aim>(?:so\s+as\s+)?to\s+(?:avoid|prevent|stop|protect|keep\s+from))\s+(?P<goal>[^;:]{3,120}?))"
    r"[.!]?$",
    re.I,
)
# A reason that leans on what the note said before: 'because it ...', 'since this ...'.
_LEANS_BACK = re.compile(r"^(?:it|they|this|that|these|those|of\s+this)\b", re.I)
# A verb's object left out, its place word straight after it: 'Keep out of drafts'.
_NO_OBJECT = re.compile(r"^(?:out|off|away|up|down|in|on|at|to|from|into|onto|of)\b", re.I)
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
        if _NO_OBJECT.match(advice["rest"]):
            continue  # 'Keep out of drafts ...': keep what, the sentence before said
        if advice["reason"] and _LEANS_BACK.match(advice["reason"]):
            continue  # 'because it ...': what 'it' is, the card would not show
        when = (advice["when"] or "").strip().lower()
        how = "never " if when and when != "always" else f"{when} " if when else ""
        prompt = f"Why should you {how}{advice['verb'].lower()} {advice['rest']}?"
        if advice["reason"]:
            answer = f"Because {lower_first(advice['reason'])}."
        else:
            answer = f"{upper_first(advice['aim'].lower())} {advice['goal']}."
        yield ctx.card(
            CardKind.CLAIM, Answering.SELF, prompt, answer, section, item, explanation=sentence
        )
