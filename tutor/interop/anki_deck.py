"""Cards as an Anki package (.apkg), written with genanki.

One note per live card, in a deck per path and step ("System Basics::Backend"), tagged
with its entry's tags (spaces become underscores: Anki tags are single words). The front
is the question, with the options listed for choice and true/false cards; the back is
the answer, the explanation and where the fact comes from. Note GUIDs come from our card
ids and the model and deck ids from fixed names, so exporting again and importing into
Anki updates the notes already there instead of adding copies.

Progress is not exported: Anki schedules the notes from scratch. A card kept out of
reviews here stays out there: a suspended or flagged card's note is tagged
`tutor::suspended` or `tutor::flagged` and its card suspended, which Anki keeps when the
package is imported with its scheduling (the tag either way).
"""

from __future__ import annotations

import contextlib
import hashlib
import html
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cards import Answering, Card
from db import Store

# Fixed for ever: changing either makes Anki see a different note type.
MODEL_ID = 1_607_392_411
MODEL_NAME = "tutor card"
FIELDS = ("Front", "Back", "Explanation", "Source", "Kind")
# The tags of a card kept out of reviews, so that it can be found in Anki's browser.
SUSPENDED_TAG = "tutor::suspended"
FLAGGED_TAG = "tutor::flagged"

_CSS = """.card { font-family: sans-serif; font-size: 20px; text-align: left;
  color: black; background-color: white; max-width: 40em; margin: 1em auto; }
ol.options { margin-top: .6em; }
.explanation { margin-top: 1em; font-size: 17px; }
.source { margin-top: 1em; font-size: 14px; color: #666; }
.kind { font-size: 12px; color: #999; text-transform: uppercase; }
"""
_FRONT = '<div class="kind">{{Kind}}</div>{{Front}}'
_BACK = (
    '{{FrontSide}}<hr id="answer">{{Back}}'
    '{{#Explanation}}<div class="explanation">{{Explanation}}</div>{{/Explanation}}'
    '{{#Source}}<div class="source">{{Source}}</div>{{/Source}}'
)


@dataclass(frozen=True)
class AnkiExport:
    notes: int
    decks: int
    suspended: int = 0  # notes of cards suspended here
    flagged: int = 0  # notes of cards flagged here (a card may be both)


def deck_name(path: str, step: str) -> str:
    """The Anki deck of one step: 'Path::Step' ('::' inside a name would nest further)."""
    return f"{_one_level(path)}::{_one_level(step)}"


def deck_id(name: str) -> int:
    """A stable deck id from the deck's name, in the range Anki accepts."""
    digest = hashlib.sha256(f"tutor-deck\x1f{name}".encode()).digest()
    return (1 << 40) + int.from_bytes(digest[:5], "big")


def anki_tag(tag: str) -> str:
    return "_".join(tag.split()) or "_"


def note_fields(card: Card, step_title: str) -> list[str]:
    """The five fields of a card's note, as HTML with every piece of text escaped."""
    front = _html(card.prompt)
    if card.answering is Answering.CHOICE and card.options:
        items = "".join(f"<li>{_html(option)}</li>" for option in card.options)
        front += f'<ol class="options">{items}</ol>'
    source = f"{step_title} · {card.source.section} · {card.source.file}:{card.source.line}"
    return [front, _html(card.answer), _html(card.explanation), _html(source), card.kind.value]


def export_anki(
    store: Store, target: Path, now: datetime, force: bool, path: str | None = None
) -> AnkiExport:
    """Write every live card of the collection (of `path` only, when given) to `target`
    as an .apkg.

    `now` stamps the notes' modification time: Anki updates a note it already has only
    from a newer one. The package is written to a temporary file and renamed into place; an existing
    `target` is replaced only with `force` (FileExistsError otherwise).
    """
    import genanki

    if target.exists() and not force:
        raise FileExistsError(str(target))
    model = genanki.Model(
        MODEL_ID,
        MODEL_NAME,
        fields=[{"name": name} for name in FIELDS],
        templates=[{"name": "Card", "qfmt": _FRONT, "afmt": _BACK}],
        css=_CSS,
    )
    decks = []
    notes = suspended = flagged = 0
    for step in store.all_steps():
        if path is not None and step.path != path:
            continue
        cards = store.cards_of_step(step.key)
        if not cards:
            continue
        name = deck_name(step.path, step.title)
        deck = genanki.Deck(deck_id(name), name)
        for stored in cards:
            card = stored.card
            tags = {anki_tag(tag) for tag in card.tags}
            if stored.flagged:
                tags.add(FLAGGED_TAG)
                flagged += 1
            if stored.suspended:
                tags.add(SUSPENDED_TAG)
                suspended += 1
            note = genanki.Note(
                model=model,
                fields=note_fields(card, step.title),
                tags=sorted(tags),
                guid=genanki.guid_for("tutor", card.id),
            )
            if stored.flagged or stored.suspended:
                for anki_card in note.cards:
                    anki_card.suspend = True
            deck.add_note(note)
            notes += 1
        decks.append(deck)
    from tutor.outputs import clean_partials_of, partial_name

    clean_partials_of(target)
    temporary = partial_name(target)
    try:
        genanki.Package(decks).write_to_file(str(temporary), timestamp=now.timestamp())
        os.chmod(temporary, 0o600)
        if force:
            os.replace(temporary, target)
        else:
            os.link(temporary, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    return AnkiExport(notes, len(decks), suspended, flagged)


def _html(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")


def _one_level(name: str) -> str:
    return name.replace("::", ":").strip() or "untitled"
