"""The peer: Anki's engine (the `anki` package, its Rust backend) on a collection of the
same size, built from the benchmark collection's own cards, states and review log.

    python -m bench.anki_peer first-card COLLECTION   shows the first card, waits for a key
    python -m bench.anki_peer answer COLLECTION COUNT  times fetch + answer, prints JSON
    python -m bench.anki_peer stats COLLECTION        the Statistics screen's data (a year)
    python -m bench.anki_peer check COLLECTION        Check Database
    python -m bench.anki_peer import-csv COLLECTION FILE   a CSV of notes into a new collection

Every tutor card becomes a Basic note (prompt, answer) in one deck. Review-state cards
get Anki review state (due day, interval from the last review), learning cards a due
time, new cards their order; every tutor review becomes a revlog row. Anki schedules
with its default (SM-2) settings and the same daily limits. Due dates are stored relative
to the benchmark's "now" and moved to Anki's real today when a copy is prepared.
"""

from __future__ import annotations

import json
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench.collection import NOW, REVIEWS_PER_DAY_SETTING, Built

DAY_MS = 86_400_000
DAY_START_MS = 4 * 3_600_000  # Anki's default rollover, 4:00, as tutor's day_start_hour


@dataclass(frozen=True)
class Peer:
    path: Path
    cards: int
    reviews: int
    seconds: float


def build(built: Built, new_per_day: int, log=print) -> Peer:  # type: ignore[no-untyped-def]
    """The Anki collection mirroring `built`, built now or taken from the cache."""
    folder = built.db.parent / "anki"
    manifest = folder / "built.json"
    if manifest.exists():
        values = json.loads(manifest.read_text())
        return Peer(Path(values["path"]), values["cards"], values["reviews"], values["seconds"])
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    started = time.perf_counter()
    path = folder / "collection.anki2"
    cards, reviews = _fill(path, built, new_per_day, log)
    peer = Peer(path, cards, reviews, round(time.perf_counter() - started, 1))
    manifest.write_text(
        json.dumps({"path": str(path), "cards": cards, "reviews": reviews, "seconds": peer.seconds})
    )
    return peer


def _fill(path: Path, built: Built, new_per_day: int, log) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    from anki.collection import AddNoteRequest, Collection

    from db import Store

    store = Store.open(built.db)
    steps = store.all_steps()
    stored = store.cards_of_entries(step.key for step in steps)
    order = {step.key: index for index, step in enumerate(steps)}
    ordered = sorted(
        (card for card in stored.values() if not card.retired),
        key=lambda card: (order[card.card.entry_key], card.card.id),
    )
    col = Collection(str(path))
    try:
        deck_id = col.decks.id("Bench")
        basic = col.models.by_name("Basic")
        requests = []
        for item in ordered:
            note = col.new_note(basic)
            note["Front"] = item.card.prompt
            note["Back"] = item.card.answer
            requests.append(AddNoteRequest(note=note, deck_id=deck_id))
        for start in range(0, len(requests), 10_000):
            col.add_notes(requests[start : start + 10_000])
        log(f"  anki: added {len(requests)} notes")
        note_of = {
            item.card.id: request.note.id for item, request in zip(ordered, requests, strict=True)
        }
        card_of = dict(col.db.all("SELECT nid, id FROM cards"))
        rows = []
        for position, item in enumerate(ordered):
            state = item.state
            nid = note_of[item.card.id]
            if state.stage == 0 or state.due is None:
                rows.append((0, 0, position + 1, 0, 0, 0, 0, nid))
                continue
            due_ms = round(state.due.timestamp() * 1000)
            last_ms = round(state.last_review.timestamp() * 1000) if state.last_review else due_ms
            if state.stage in (1, 3):  # learning: due is a time, in seconds
                offset = (due_ms - _now_ms()) // 1000
                rows.append(
                    (
                        1 if state.stage == 1 else 3,
                        1,
                        offset,
                        0,
                        2500,
                        state.reps,
                        state.lapses,
                        nid,
                    )
                )
            else:
                interval = max(1, round((due_ms - last_ms) / DAY_MS))
                rows.append(
                    (
                        2,
                        2,
                        _day(due_ms) - _day(_now_ms()),
                        interval,
                        2500,
                        state.reps,
                        state.lapses,
                        nid,
                    )
                )
        # Dues are stored relative to the benchmark's now; `prepare` moves them to today.
        col.db.executemany(
            "UPDATE cards SET type = ?, queue = ?, due = ?, ivl = ?, factor = ?, reps = ?,"
            " lapses = ? WHERE nid = ?",
            rows,
        )
        reviews = 0
        batch = []
        for review in store.reviews():
            nid = note_of.get(review.card_id)
            if nid is None:
                continue
            millis = round(review.reviewed_at.timestamp() * 1000) + reviews % 1000
            kind = {0: 0, 1: 0, 2: 1, 3: 2}[int(review.state_before)]
            batch.append(
                (millis, card_of[nid], review.rating, 0, 0, 2500, review.duration_ms or 0, kind)
            )
            reviews += 1
            if len(batch) == 50_000:
                _revlog(col, batch)
                batch = []
        _revlog(col, batch)
        config = col.decks.config_dict_for_deck_id(deck_id)
        config["new"]["perDay"] = new_per_day
        config["rev"]["perDay"] = REVIEWS_PER_DAY_SETTING
        col.decks.update_config(config)
        col.decks.select(deck_id)
        log(f"  anki: set {len(rows)} card states and {reviews} revlog rows")
    finally:
        col.close()
        store.close()
    return len(requests), reviews


def _revlog(col, batch) -> None:  # type: ignore[no-untyped-def]
    col.db.executemany(
        "INSERT OR IGNORE INTO revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type)"
        " VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)",
        batch,
    )


def prepare(peer: Peer, target: Path) -> Path:
    """A copy of the peer collection with its dues moved to Anki's real today."""
    from anki.collection import Collection

    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(peer.path, target)
    col = Collection(str(target))
    try:
        today = col.sched.today
        col.db.execute("UPDATE cards SET due = due + ? WHERE queue = 2", today)
        col.db.execute("UPDATE cards SET due = due + ? WHERE queue = 1", int(time.time()))
    finally:
        col.close()
    return target


def first_card(path: str) -> None:
    """Open the collection, fetch the first card, render its question; wait for a key."""
    import anki.collection  # noqa: F401  (loaded first: importing anki.cards alone is circular)
    from anki.cards import Card
    from anki.collection import Collection

    col = Collection(path)
    queued = col.sched.get_queued_cards()
    card = Card(col)
    card._load_from_backend_card(queued.cards[0].card)
    print(f"{card.question()}\nANKI-CARD-SHOWN", flush=True)
    sys.stdin.readline()
    col.close()


def answer(path: str, count: int) -> dict[str, object]:
    """Per answer: fetch the next card and answer it Good (each answer is committed)."""
    from anki.collection import Collection
    from anki.scheduler.v3 import CardAnswer

    col = Collection(path)
    col.sched.get_queued_cards()  # builds the queues once, as a session would
    fetch_and_answer, answer_only = [], []
    for _ in range(count):
        start = time.perf_counter()
        found = col.sched.get_queued_cards().cards
        if not found:
            break
        queued = found[0]
        fetched = time.perf_counter()
        col.sched.answer_card(
            CardAnswer(
                card_id=queued.card.id,
                current_state=queued.states.current,
                new_state=queued.states.good,
                rating=CardAnswer.GOOD,
                answered_at_millis=int(time.time() * 1000),
                milliseconds_taken=4000,
            )
        )
        done = time.perf_counter()
        fetch_and_answer.append(done - start)
        answer_only.append(done - fetched)
    synchronous = col.db.scalar("PRAGMA synchronous")
    journal = col.db.scalar("PRAGMA journal_mode")
    col.close()
    return {
        "seconds": fetch_and_answer,
        "answer_only": answer_only,
        "note": f"Anki journal_mode={journal} synchronous={synchronous}",
    }


def statistics(path: str) -> None:
    """What Anki's Statistics screen asks the engine for: every graph over a year."""
    from anki.collection import Collection

    col = Collection(path)
    graphs = col._backend.graphs(search="deck:*", days=365)
    col.close()
    print(len(graphs.SerializeToString()))


def check_database(path: str) -> None:
    """Tools > Check Database."""
    from anki.collection import Collection

    col = Collection(path)
    message, ok = col.fix_integrity()
    col.close()
    print(ok, message[:80].replace("\n", " "))


def import_csv(path: str, csv_file: str) -> None:
    """File > Import of a CSV of (front, back) rows into a new collection, Basic notes."""
    from anki.collection import Collection, ImportCsvRequest

    col = Collection(path)
    metadata = col.get_csv_metadata(csv_file, None)
    metadata.deck_id = col.decks.id("Bench")
    result = col.import_csv(ImportCsvRequest(path=csv_file, metadata=metadata))
    print(len(result.log.new))
    col.close()


def write_csv(tutor_csv: Path, target: Path) -> int:
    """The (prompt, answer) columns of `tutor export csv`: the same cards, as Anki notes."""
    import csv

    rows = 0
    with tutor_csv.open(newline="", encoding="utf-8") as source:
        reader = csv.DictReader(source)
        with target.open("w", newline="", encoding="utf-8") as out:
            out.write("#separator:Comma\n#html:false\n")
            writer = csv.writer(out)
            for row in reader:
                writer.writerow([row["prompt"], row["answer"]])
                rows += 1
    return rows


def _now_ms() -> int:
    return round(NOW.timestamp() * 1000)


def _day(ms: int) -> int:
    return (ms - DAY_START_MS) // DAY_MS


def main(argv: list[str]) -> int:
    kind, path, *rest = argv
    if kind == "first-card":
        first_card(path)
    elif kind == "stats":
        statistics(path)
    elif kind == "check":
        check_database(path)
    elif kind == "import-csv":
        import_csv(path, rest[0])
    else:
        print(json.dumps(answer(path, int(rest[0]))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
