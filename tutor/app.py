"""The typer app and what every command shares: options, the collection, errors, output.

Module-level imports are kept to typer alone so that `tutor --help` starts fast; each
command imports what it needs when it runs.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional, TypeVar

import typer

from tutor.lazy_commands import TutorGroup

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

    from db import Store

app = typer.Typer(
    name="tutor",
    help="Learn concept paths in the terminal: flashcards and checks, scheduled with FSRS. "
    "With no command: what to do today.",
    cls=TutorGroup,
    invoke_without_command=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

export_app = typer.Typer(
    help="Write your cards and history to other formats.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(export_app, name="export")

F = TypeVar("F", bound=Callable[..., Any])


class UserError(Exception):
    """An expected problem: printed as one line on stderr, then exit with `code`."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


class State:
    """What the app-wide options chose, and the collection, opened on first use."""

    def __init__(self, db: Path | None, create: bool = False) -> None:
        self.db = db
        self.create = create
        self._store: Store | None = None
        self._made: Path | None = None  # the collection this command made, to be said
        self.holds_made = False  # say it when the command ends (it may unmake it)

    def collection(self) -> Path:
        from tutor.home import database_path

        return database_path(self.db)

    def refuse_unfit_location(self, create: bool = False, instead: str = "tutor init") -> None:
        """UserError where the collection cannot be, or may not be made without asking
        (a TUTOR_HOME or --db folder that does not exist, unless `create` or --create);
        `instead` is the command the message offers to make one there."""
        from tutor.home import missing_location, not_a_folder

        problem = not_a_folder(self.db)
        if problem is None and not (create or self.create):
            problem = missing_location(self.db, instead)
        if problem is not None:
            raise UserError(problem)

    def store(
        self, create: bool = False, damaged_ok: bool = False, clears_screen: bool = False
    ) -> Store:
        """The collection, opened (and brought up to date) on first use; a new one only
        where that is no surprise, and said at once (see `_say_made`).

        With `damaged_ok` (the doctor) a file whose pages cannot be read is still handed
        out, so that it can be examined; otherwise that is a StoreError. A command that
        `clears_screen` before its first card (a review, a check) takes the line saying a
        new collection was made with `take_made`, to show it on that card's screen.
        """
        if self._store is None:
            import sqlite3

            from db import Store, StoreError
            from db.store import describe
            from tutor.interop.card_maker import up_to_date
            from tutor.outputs import clean_collection_partials

            self.refuse_unfit_location(create)
            path = self.collection()
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StoreError(f"{path.parent}: cannot create ({error.strerror})") from None
            made = not path.exists()
            store = Store.open(path)
            try:
                if not up_to_date(store.settings()):
                    from tutor.interop.importing import ensure_builtin, regenerate_if_needed

                    if ensure_builtin(store, clock()()) and made and not create:
                        self._made = path
                        if not (clears_screen or self.holds_made):
                            self._say_made()
                    # The doctor examines the file as it is: remaking cards first would
                    # change what it is asked to check.
                    remade = None if damaged_ok else regenerate_if_needed(store, clock()())
                    if remade is not None:
                        from rich.text import Text

                        err().print(Text(remade.sentence()), soft_wrap=True)
            except sqlite3.DatabaseError as error:
                if not damaged_ok:
                    store.close()
                    raise StoreError(describe(error, path)) from None
            clean_collection_partials(path)
            self._store = store
        return self._store

    def take_made(self) -> Text | None:
        """The line saying this command made the collection, for a person at a terminal,
        once: a review shows it atop its first card (it clears the screen before it, which
        wiped the line said on opening; said at the end instead, it came after the
        session's summary)."""
        import sys

        path, self._made = self._made, None
        if path is None or not sys.stderr.isatty():
            return None
        from rich.text import Text

        return Text(
            f"New collection at {path}, with the built-in path System Basics in it.",
            style="dim",
        )

    def _say_made(self) -> None:
        """One line on stderr when a command's first use made the collection (`tutor
        init` says so itself): where it is, and what it holds."""
        line = self.take_made()
        if line is not None:
            err().print(line, soft_wrap=True)

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
        self._say_made()  # a review that ended before its first card: said all the same


def out() -> Console:
    """The console for a command's output: when it is piped or saved, without the spaces
    Rich pads each line of a table or panel with to its width (a learner's `tutor path >
    path.txt` ended every line in blanks)."""
    import sys

    from rich.console import Console

    return Console(highlight=False, file=unpadded(sys.stdout))


def unpadded(stream: Any) -> Any:
    """`stream`, or when it is no terminal, the same stream with no blanks at line ends."""
    return stream if stream.isatty() else _Unpadded(stream)


class _Unpadded:
    """A text stream that drops the blanks at the end of each line written through it."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(_PADDING.sub("", text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)  # flush, isatty, encoding, fileno


_PADDING = re.compile(r"[ \t]+(?=\n)")


def err() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def clock() -> Callable[[], Any]:
    from tutor.clock import system_clock

    return system_clock()


def fail(message: str) -> None:
    """Print `tutor: message` on stderr, literally (the message may quote user input)."""
    from rich.text import Text

    from tutor.ui import clean

    err().print(Text(f"tutor: {clean(message)}"), soft_wrap=True)


def friendly(function: F) -> F:
    """Turn expected errors into one line on stderr and an exit code; never a traceback.

    Ctrl-C ends the command with `tutor: interrupted` and exit code 130; a command whose
    work changes something says what Ctrl-C meant for it with `interrupted_means`.
    """

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        import sqlite3

        from cards import ParseError
        from db import StoreError
        from tutor.clock import ClockError
        from tutor.settings import SettingError

        try:
            return function(*args, **kwargs)
        except UserError as error:
            fail(str(error))
            raise typer.Exit(error.code) from None
        except (SettingError, ClockError) as error:
            fail(str(error))
            raise typer.Exit(2) from None
        except (StoreError, ParseError) as error:
            fail(str(error))
            raise typer.Exit(1) from None
        except sqlite3.DatabaseError as error:
            from db.store import describe

            fail(describe(error, _collection_named(args, kwargs)))
            raise typer.Exit(1) from None
        except KeyboardInterrupt:
            fail("interrupted")
            raise typer.Exit(130) from None
        except BrokenPipeError:
            raise  # `tutor cards | head`: the entry point leaves quietly
        except OSError as error:
            # A file or folder the system refused (permissions, a full disk, a name too
            # long) where no command expected it: still one line, never a traceback.
            fail(f"{error.filename or 'tutor'}: {error.strerror or error}")
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


# What Ctrl-C means outside a card of a review or check (on a card it ends the session
# with its summary): each answer was committed as it was shown saved.
ANSWERS_KEPT = "every answer shown as saved is kept"


@contextmanager
def interrupted_means(what: str) -> Iterator[None]:
    """Ctrl-C inside: `tutor: interrupted; WHAT` and exit code 130, where WHAT says what
    it meant for the learner's files ('nothing imported; the collection is as it was').
    A worker process killed midway (out of memory) stops the work as surely: its own
    line, then WHAT, and exit code 1."""
    from tutor.workers import ChildLost

    try:
        yield
    except KeyboardInterrupt:
        raise UserError(f"interrupted; {what}", code=130) from None
    except ChildLost as error:
        raise UserError(f"{error}; {what}") from None


def _collection_named(args: tuple[Any, ...], kwargs: dict[str, Any]) -> Path | str:
    for value in (*args, *kwargs.values()):
        # The command's context (typer's own click, so told by what it has, not its class).
        root = value.find_root() if hasattr(value, "find_root") else None
        if root is not None and isinstance(root.obj, State):
            return root.obj.collection()
    return "the collection"


def state_of(ctx: typer.Context) -> State:
    state = ctx.find_root().obj
    assert isinstance(state, State)
    return state


def _print_version(value: bool) -> None:
    if value:
        from tutor import __version__

        print(f"tutor {__version__}")
        raise typer.Exit(0)


@app.callback()
def main_options(
    ctx: typer.Context,
    db: Annotated[
        Optional[Path],  # noqa: UP045 - typer reads the annotation at run time
        typer.Option(
            "--db",
            help="Collection file to use (default: $TUTOR_HOME/tutor.sqlite3, "
            "else the user data directory).",
            envvar=None,
        ),
    ] = None,
    create: Annotated[
        bool,
        typer.Option(
            "--create",
            help="Make a new collection at --db or TUTOR_HOME even where its folder is missing.",
        ),
    ] = False,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json",
            help="With no command: today's figures as JSON, for scripts and status bars.",
        ),
    ] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version",
            help="Print the version and exit.",
            is_eager=True,
            callback=_print_version,
        ),
    ] = False,
) -> None:
    """Learn concept paths in the terminal: flashcards and checks, scheduled with FSRS.

    With no command: what to do today (cards due, new cards, the step to check next);
    --json gives the same figures for scripts.
    """
    if as_json and ctx.invoked_subcommand is not None:
        fail(
            f"--json before a command: write it after the command, where it has one "
            f"(tutor {ctx.invoked_subcommand} --json)"
        )
        raise typer.Exit(2)
    state = State(db, create)
    ctx.obj = state
    ctx.call_on_close(state.close)
    if ctx.invoked_subcommand is None:
        from tutor.commands.today import today

        today(state, as_json)


def current_settings(store: Store) -> dict[str, Any]:
    from tutor.settings import effective

    return effective(store.settings())


def scheduler_for(store: Store, fuzz: bool = True) -> Any:
    from tutor.memory.scheduling import make_scheduler

    stored = store.settings()
    values = current_settings(store)
    return make_scheduler(values["desired_retention"], stored.get("fsrs_parameters"), fuzz=fuzz)


def zone() -> Any:
    from tutor.days import local_zone

    return local_zone()
