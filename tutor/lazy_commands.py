"""The command group, with each command built from its function only when it is used.

Typer turns every registered function into a click command before parsing anything:
it reads each signature and evaluates its annotations, about 14 ms for our 22 commands,
paid by every `tutor` run although one command (or only their one-line summaries, for
`--help`) is needed. Here the group knows each command's name and summary up front and
asks typer to build a command the first time it is looked up.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterator, MutableMapping
from functools import partial
from typing import Any

import typer
from typer import _click
from typer.core import TyperCommand, TyperGroup
from typer.main import (
    CommandInfo,
    TyperInfo,
    get_command_from_info,
    get_command_name,
    get_group,
    get_group_from_info,
    solve_typer_info_defaults,
)


class LazyCommands(MutableMapping[str, _click.Command]):
    """Commands by name, in registration order; each built on first access."""

    def __init__(self, builders: dict[str, Callable[[], _click.Command]]) -> None:
        self._builders = builders
        self._built: dict[str, _click.Command] = {}

    def __getitem__(self, name: str) -> _click.Command:
        if name not in self._built:
            self._built[name] = self._builders[name]()
        return self._built[name]

    def __setitem__(self, name: str, command: _click.Command) -> None:
        self._builders.setdefault(name, lambda: command)
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        del self._builders[name]
        self._built.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._builders)

    def __len__(self) -> int:
        return len(self._builders)


class OneLineUsageError(_click.exceptions.ClickException):
    """A mistake on the command line, said as every other error is: one line on stderr,
    `tutor: review: no such option: --bogus (tutor review --help)`, exit code 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        from tutor.app import fail

        fail(self.message)


def one_line(
    error: _click.exceptions.UsageError,
    within: _click.Context | None = None,
    command: str | None = None,
) -> OneLineUsageError:
    """Click's usage error (usage line, hint line, 'Error: ...') as one line. A command's
    option parser raises some errors without its context (`--cram` with no value): then
    `within` is the group's and `command` the name it was handing the arguments to."""
    names = []
    ctx = error.ctx
    if ctx is None and within is not None:
        names = [command] if command else []
        ctx = within
    while ctx is not None and ctx.parent is not None:  # the root's name is the program's
        names.append(ctx.info_name or "")
        ctx = ctx.parent
    path = " ".join(reversed(names))
    what = " ".join(error.format_message().split()).rstrip(".")
    what = what[:1].lower() + what[1:]
    what = re.sub(r" \(Possible options: (.*)\)$", lambda said: _close_ones(error, said[1]), what)
    where = f"{path}: " if path else ""
    hint = " ".join(("tutor", *reversed(names), "--help"))
    return OneLineUsageError(f"{where}{what} ({hint})")


def _close_ones(error: _click.exceptions.UsageError, options: str) -> str:
    """'; did you mean --json?' for the options click found close to the one given, those
    close in their words only: '--to' shares no more than its dashes with '--json'."""
    import difflib

    given = str(getattr(error, "option_name", "")).lstrip("-")
    kept = [
        option
        for option in re.split(r",\s*", options)
        if difflib.SequenceMatcher(None, given, option.lstrip("-")).ratio() >= _CLOSE
    ]
    return f"; did you mean {', '.join(kept)}?" if kept else ""


_CLOSE = 0.6  # how alike an option's words must be to be suggested


class TutorGroup(TyperGroup):
    """The `tutor` group: its --help lists summaries without building the commands, and
    mistakes on the command line are told in one line."""

    summaries: dict[str, _click.Command]

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: _click.Context | None = None,
        **extra: Any,
    ) -> _click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except _click.exceptions.NoArgsIsHelpError:
            raise
        except _click.exceptions.UsageError as error:
            raise one_line(error) from None

    def invoke(self, ctx: _click.Context) -> Any:
        # A command's own arguments are parsed here, when the group hands them over.
        given = [*getattr(ctx, "_protected_args", ()), *ctx.args]
        try:
            return super().invoke(ctx)
        except _click.exceptions.NoArgsIsHelpError:
            raise  # `tutor export`: its help, as asked
        except _click.exceptions.UsageError as error:
            raise one_line(error, ctx, given[0] if given else None) from None

    def list_commands(self, ctx: _click.Context) -> list[str]:
        return list(self.commands)  # the names, in order: typer's reads every command

    def format_commands(self, ctx: _click.Context, formatter: _click.HelpFormatter) -> None:
        summaries = getattr(self, "summaries", None)
        if summaries is None:
            super().format_commands(ctx, formatter)
            return
        shown = [(name, summaries[name]) for name in self.list_commands(ctx)]
        shown = [(name, command) for name, command in shown if not command.hidden]
        if not shown:
            return
        limit = formatter.width - 6 - max(len(name) for name, _ in shown)
        rows = [(name, command.get_short_help_str(limit)) for name, command in shown]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


def command_group(app: typer.Typer) -> TyperGroup:
    """The click group `app()` would build, with its commands built on first use."""
    commands, groups = app.registered_commands, app.registered_groups
    app.registered_commands, app.registered_groups = [], []
    try:
        group = get_group(app)  # the app's own options and callback only
    finally:
        app.registered_commands, app.registered_groups = commands, groups
    options = {
        "pretty_exceptions_short": app.pretty_exceptions_short,
        "rich_markup_mode": app.rich_markup_mode,
    }
    builders: dict[str, Callable[[], _click.Command]] = {}
    summaries: dict[str, _click.Command] = {}
    for info in commands:
        name = _command_name(info)
        builders[name] = partial(get_command_from_info, info, **options)
        summaries[name] = _summary(name, info)
    for sub in groups:
        solved = solve_typer_info_defaults(sub)
        if solved.name:
            builders[solved.name] = partial(
                get_group_from_info, sub, suggest_commands=app.suggest_commands, **options
            )
            summaries[solved.name] = _summary(solved.name, solved)
    group.commands = LazyCommands(builders)
    if isinstance(group, TutorGroup):
        group.summaries = summaries
    return group


def _command_name(info: CommandInfo) -> str:
    assert info.callback is not None
    return info.name or get_command_name(info.callback.__name__)


def _summary(name: str, info: CommandInfo | TyperInfo) -> _click.Command:
    """A command with no parameters, holding only what the help list shows."""
    given = _given(info.help, None)
    if given is not None:
        text = inspect.cleandoc(given)
    elif info.callback is not None:
        text = inspect.getdoc(info.callback) or ""
    else:
        text = ""
    return TyperCommand(
        name,
        help=text,
        short_help=_given(info.short_help, None),
        deprecated=_given(info.deprecated, False),
        hidden=_given(info.hidden, False),
    )


def _given(value: Any, default: Any) -> Any:
    """`value` as set on the command or group, else `default` (typer marks unset values
    with a DefaultPlaceholder)."""
    return default if isinstance(value, typer.models.DefaultPlaceholder) else value
