"""`tutor config`: show and change settings."""

from __future__ import annotations

import json
from typing import Annotated, Optional

import typer

from tutor.app import UserError, app, current_settings, friendly, out, state_of


# A negative value (`tutor config new_per_day -5`) is a value, not an option: the parser
# hands unknown options on as arguments, and the command tells the two apart itself.
@app.command(
    context_settings={"ignore_unknown_options": True},
    short_help="Show the settings, or set one (tutor config new_per_day 30).",
)
@friendly
def config(
    ctx: typer.Context,
    name: Annotated[Optional[str], typer.Argument(help="Setting to show or set.")] = None,  # noqa: UP045
    value: Annotated[Optional[str], typer.Argument(help="New value.")] = None,  # noqa: UP045
    as_json: Annotated[bool, typer.Option("--json", help="Print settings as JSON.")] = False,
) -> None:
    """Show the settings, or set one: tutor config desired_retention 0.85.

    desired_retention 0.70-0.99, new_per_day, reviews_per_day, day_start_hour 0-23,
    check_pass_mark 0.5-1.0.
    """
    from rich.table import Table

    from tutor.settings import SETTINGS, SettingError, parse_setting

    for given in (name, value):
        if given is not None and given.startswith("-") and not _is_number(given):
            raise UserError(f"no such option: {given} (tutor config --help)", code=2)
    if name is not None and name not in SETTINGS:
        raise SettingError(f"unknown setting {name!r} (known: {', '.join(SETTINGS)})")
    parsed = parse_setting(name, value) if name is not None and value is not None else None
    store = state_of(ctx).store()
    was = None
    if parsed is not None and name is not None:
        was = current_settings(store)[name]
        store.set_settings({name: parsed})
    values = current_settings(store)
    shown = {name: values[name]} if name else values
    if as_json:
        print(json.dumps(shown, indent=2))
        return
    table = Table(show_header=False, box=None, padding=(0, 2))
    for key, current in shown.items():
        # ('new_per_day  5 (was 20)': a change shows the value it replaced)
        said = f"{current} (was {was})" if was is not None and was != current else str(current)
        table.add_row(key, said, SETTINGS[key].help)
    out().print(table)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
