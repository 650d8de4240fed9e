"""`tutor cards`: find cards, and suspend, unsuspend, forget, flag or unflag them by id."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from tutor.app import UserError, app, clock, friendly, out, scheduler_for, state_of, zone

if TYPE_CHECKING:
    from datetime import datetime

    from db import Store
    from db.browse import CardLine

cards_app = typer.Typer(
    help="List and search your cards; suspend, unsuspend, forget, flag or unflag them.",
    short_help="List and search cards; suspend, unsuspend, forget, flag them.",
    invoke_without_command=True,
    rich_markup_mode=None,
)
app.add_typer(cards_app, name="cards")

Ids = Annotated[
    list[str],
    typer.Argument(
        metavar="ID...", help="Card ids, as `tutor cards` shows them; any unique start will do."
    ),
]


@cards_app.callback()
@friendly
def cards(
    ctx: typer.Context,
    search: Annotated[
        Optional[str],  # noqa: UP045 - typer reads the annotation at run time
        typer.Option(
            "--search",
            "-s",
            help="Words that start words of the prompt, answer or explanation (all of them);"
            " a phrase in double quotes, inside single ones for the shell:"
            " '\"small and often\"'.",
        ),
    ] = None,
    path_name: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--path", help="Only the cards of this path (a hidden path's are listed only so)."
        ),
    ] = None,
    step: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--step", help="Only the cards of this step (title, slug or alias)."),
    ] = None,
    kind: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--kind", help="definition, claim, identify, cloze, list, truefalse, faq, ..."
        ),
    ] = None,
    standing: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--state",
            help="new, learning, review, suspended, leech, flagged or retired "
            "(default: every card not retired).",
        ),
    ] = None,
    flagged: Annotated[
        bool,
        typer.Option("--flagged", help="The flagged cards, with entry file, line and reason."),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the cards as JSON.")] = False,
    no_pager: Annotated[
        bool, typer.Option("--no-pager", help="Print everything even when it is long.")
    ] = False,
) -> None:
    """List and search your cards, with state, due date and recall; change them by id.

    Examples: tutor cards --search hash; tutor cards --step backend --state leech;
    tutor cards --flagged; tutor cards suspend 6b063f5a. States: new, learning, review,
    suspended (leeches too), leech, flagged, retired. Long lists open in your pager.
    """
    if ctx.invoked_subcommand is not None:
        return
    from cards import CardKind
    from db.browse import STANDINGS, CardQuery, card_lines
    from tutor.browse.cards_list import ShownCard, card_json, card_rows, flags_view, matches
    from tutor.paging import show, show_lines

    if flagged:
        if standing not in (None, "flagged"):
            raise UserError("--flagged lists flagged cards; leave out --state", code=2)
        standing = "flagged"
    if standing is not None and standing not in STANDINGS:
        raise UserError(f"--state: '{standing}' is not one of {', '.join(STANDINGS)}", code=2)
    kinds = [member.value for member in CardKind]
    if kind is not None and kind not in kinds:
        raise UserError(f"--kind: '{kind}' is not one of {', '.join(kinds)}", code=2)
    store = state_of(ctx).store()
    entry_key, path_name = _narrow(store, path_name, step)
    # A hidden path's cards are listed only when asked for by --path or --step: hiding
    # it put it out of the way (its cards still count, and show in tutor cards --path)
    named = path_name is not None or entry_key is not None
    query = CardQuery(
        path=path_name,
        entry_key=entry_key,
        kind=kind,
        standing=standing,
        shown_paths_only=not named,
    )
    scheduler = scheduler_for(store, fuzz=False)
    now = clock()()

    def shown() -> Iterator[ShownCard]:
        for line in card_lines(store, query):
            if search is not None and not matches(line, search):
                continue
            yield ShownCard(line, _recall_now(scheduler, line, now))

    if as_json:
        _print_json(card_json(card) for card in shown())
        return
    console = out()
    noun = "flagged card" if standing == "flagged" else "card"
    if standing == "flagged":
        from rich.console import Group
        from rich.text import Text

        from tutor.home import BUILT_IN
        from tutor.ui import counted

        flags = list(shown())
        if flags:
            # (a built-in card's entry ships with tutor: there is no file of the
            # learner's to fix)
            own = any(not flag.line.file.startswith(BUILT_IN) for flag in flags)
            out_until = (
                "It stays out of reviews until"
                if len(flags) == 1
                else "They stay out of reviews until"
            )
            fix = "Fix the entry and import it again, or" if own else out_until
            tail = Text(f"{counted(len(flags), noun)}. {fix}: tutor cards unflag ID")
            show(console, Group(flags_view(flags, zone()), tail), 5 * len(flags), not no_pager)
            return
    elif show_lines(console, card_rows(shown(), zone(), console.width), not no_pager):
        _hidden_note(store, named)
        return
    asked = search or kind or standing or named
    if asked:
        console.print("No cards match.")
        _hidden_note(store, named)
    elif not _hidden_note(store, named, "No cards outside hidden paths."):
        console.print("No cards yet.")


def _hidden_note(store: Store, named: bool, lead: str = "") -> bool:
    """Under a list that left hidden paths out: how many cards, and how to see them
    (after `lead`, when given); False when no path is hidden or one was named."""
    from db.browse import hidden_card_counts
    from tutor.ui import counted

    counts = {} if named else hidden_card_counts(store)
    if lead and counts:
        out().print(lead)
    if counts:
        first = next(iter(counts))
        paths = ", ".join(counts)
        out().print(
            f"(not listed: {counted(sum(counts.values()), 'card')} of hidden paths ({paths});"
            f" tutor cards --path '{first}' lists them)",
            style="dim",
            soft_wrap=not out().is_terminal,
        )
    return bool(counts)


def _print_json(cards: Iterator[dict[str, object]]) -> None:
    """{"cards": [...]} written card by card: a long list is never held whole."""
    import sys

    write = sys.stdout.write
    write('{\n  "cards": [')
    first = True
    for card in cards:
        body = json.dumps(card, indent=2).replace("\n", "\n    ")
        write(("\n    " if first else ",\n    ") + body)
        first = False
    write("\n  ]\n}\n" if not first else "]\n}\n")


def _narrow(store: Store, path_name: str | None, step: str | None) -> tuple[str | None, str | None]:
    """(entry key, path name) for --step and --path, found by name; UserError if unknown."""
    from tutor.progress.paths import UnknownName, find_path, find_step, path_names

    steps = store.all_steps()
    try:
        if step is not None:
            return find_step(steps, step, path_name).key, None
        if path_name is not None:
            return None, find_path(path_names(steps), path_name)
    except UnknownName as error:
        raise UserError(str(error)) from None
    return None, None


def resolve_ids(store: Store, given: list[str]) -> list[str]:
    """The full ids of the cards named by unique starts; UserError, naming the first bad one."""
    from db.browse import ids_starting
    from tutor.browse.cards_list import short_id

    found: list[str] = []
    for text in given:
        wanted = text.strip()
        matched = ids_starting(store, wanted, limit=3) if wanted else []
        if not matched:
            raise UserError(f"card '{text}': no card id starts with it (see tutor cards)")
        if len(matched) > 1 and wanted not in matched:
            shown = ", ".join(short_id(card_id) for card_id in matched[:2])
            raise UserError(f"card '{text}': starts several ids ({shown}, ...); give more of it")
        chosen = wanted if wanted in matched else matched[0]
        if chosen not in found:
            found.append(chosen)
    return found


def _report(store: Store, ids: list[str], summary: str) -> None:
    from rich.text import Text

    from tutor.browse.cards_list import short_id
    from tutor.ui import literal

    console = out()
    for card_id in ids:
        stored = store.card(card_id)
        prompt = stored.card.prompt if stored else ""
        # One line a card through a pipe; on a screen, wrapped at a word, not mid-word.
        console.print(
            Text.assemble(f"{short_id(card_id)}  ", literal(prompt)),
            soft_wrap=not console.is_terminal,
        )
    console.print(Text(summary))


def _command(command: str, ids: list[str]) -> str:
    """The command that undoes this one, with the short ids it takes (up to three; 'ID...'
    past them), to copy as it stands."""
    from tutor.browse.cards_list import short_id

    named = " ".join(short_id(card_id) for card_id in ids) if len(ids) <= 3 else "ID..."
    return f"{command} {named}"


def _cards(count: int) -> str:
    return f"{count} card{'' if count == 1 else 's'}"


def _unchanged(ids: list[str], changed: int, what: str) -> str:
    """' (2 were not flagged)', ' (1 was not flagged)', or '' when every card changed."""
    rest = len(ids) - changed
    if rest == 1:
        what = what.replace("were", "was", 1)
    return f" ({rest} {what})" if rest else ""


@cards_app.command(short_help="Show cards whole: options, answer, source, memory, answers.")
@friendly
def show(
    ctx: typer.Context,
    ids: Ids,
    as_json: Annotated[bool, typer.Option("--json", help="Print the cards as JSON.")] = False,
) -> None:
    """Show cards whole, as Anki's card info does: the question and its options, the
    answer, the sentence it comes from (file and line), its memory (due, recall,
    stability, difficulty) and every answer given to it.

    Example: tutor cards show 6b063f5a
    """
    from db.browse import CardQuery, card_lines
    from tutor.browse.cards_list import CardInfo, ShownCard, card_info, card_info_json

    store = state_of(ctx).store()
    scheduler = scheduler_for(store, fuzz=False)
    now = clock()()
    infos = []
    for card_id in resolve_ids(store, ids):
        stored = store.card(card_id)
        (line,) = card_lines(store, CardQuery(card_id=card_id))
        assert stored is not None  # resolved just now, in this process
        recall = _recall_now(scheduler, line, now)
        infos.append(CardInfo(ShownCard(line, recall), stored, store.reviews_of(card_id)))
    if as_json:
        _print_json(card_info_json(info) for info in infos)
        return
    console = out()
    for k, info in enumerate(infos):
        if k:
            console.print()
        for line in card_info(info, zone(), console):
            console.print(line, soft_wrap=True)


@cards_app.command()
@friendly
def suspend(ctx: typer.Context, ids: Ids) -> None:
    """Suspend cards: they leave reviews and checks until unsuspended."""
    from db.browse import suspend_cards

    store = state_of(ctx).store()
    chosen = resolve_ids(store, ids)
    changed = suspend_cards(store, chosen, clock()())
    _report(
        store,
        chosen,
        f"suspended {_cards(changed)}{_unchanged(chosen, changed, 'already were')}: "
        f"out of reviews and checks until {_command('tutor cards unsuspend', chosen)}",
    )


@cards_app.command(short_help="Bring suspended cards (leeches too) back into reviews.")
@friendly
def unsuspend(ctx: typer.Context, ids: Ids) -> None:
    """Bring suspended cards (leeches too) back into reviews and checks."""
    from db.browse import unsuspend_cards

    store = state_of(ctx).store()
    chosen = resolve_ids(store, ids)
    changed = unsuspend_cards(store, chosen)
    _report(
        store,
        chosen,
        f"unsuspended {_cards(changed)}{_unchanged(chosen, changed, 'were not suspended')}",
    )


@cards_app.command(short_help="Put cards back to new; their reviews stay in the log.")
@friendly
def forget(ctx: typer.Context, ids: Ids) -> None:
    """Put cards back to new, to learn again; their reviews stay in the log."""
    from db.browse import forget_cards

    store = state_of(ctx).store()
    chosen = resolve_ids(store, ids)
    changed = forget_cards(store, chosen, clock()())
    _report(store, chosen, f"{_cards(changed)} back to new; their reviews stay in the log")


@cards_app.command(short_help="Flag cards as wrong: out of reviews and checks until fixed.")
@friendly
def flag(
    ctx: typer.Context,
    ids: Ids,
    reason: Annotated[str, typer.Option("--reason", "-r", help="What is wrong with it.")] = "",
) -> None:
    """Flag cards as wrong: hidden from reviews and checks until unflagged or changed."""
    from db.browse import flag_card

    store = state_of(ctx).store()
    chosen = resolve_ids(store, ids)
    now = clock()()
    for card_id in chosen:
        flag_card(store, card_id, now, reason.strip())
    _report(
        store,
        chosen,
        f"flagged {_cards(len(chosen))}: hidden until its question changes or you unflag it",
    )


@cards_app.command(short_help="Clear cards' flags: they come back into reviews and checks.")
@friendly
def unflag(ctx: typer.Context, ids: Ids) -> None:
    """Clear the flags of cards: they come back into reviews and checks."""
    from db.browse import unflag_cards

    store = state_of(ctx).store()
    chosen = resolve_ids(store, ids)
    changed = unflag_cards(store, chosen)
    _report(
        store,
        chosen,
        f"unflagged {_cards(changed)}{_unchanged(chosen, changed, 'were not flagged')}",
    )


def _recall_now(scheduler: Any, line: CardLine, now: datetime) -> float | None:
    """A card's predicted recall now, once it is learnt (in review); None before: a card
    never seen, or one still in its learning steps (just failed, FSRS would say 100%,
    though the learner did not recall it)."""
    from db import CardStage
    from tutor.memory.scheduling import retrievability

    if line.state.stage is not CardStage.REVIEW:
        return None
    return float(retrievability(scheduler, line.state, now))
