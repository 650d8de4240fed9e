"""`tutor read STEP[#SECTION]`: an entry's page in the terminal."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Optional

import typer

from tutor.app import UserError, app, friendly, out, state_of

if TYPE_CHECKING:
    from db import Store
    from tutor.browse.reading import Page


@app.command(short_help="Read a step's entry, or one section of it, in the terminal.")
@friendly
def read(
    ctx: typer.Context,
    target: Annotated[
        str,
        typer.Argument(
            metavar="TARGET",
            help="The step (title, slug, alias or path/slug), then optionally #SECTION: "
            "a section heading as a slug (key-takeaways) or its kind (faq, pros).",
        ),
    ],
    path_name: Annotated[
        Optional[str],  # noqa: UP045 - typer reads the annotation at run time
        typer.Option("--path", help="The path of the step, when several have one so named."),
    ] = None,
    no_pager: Annotated[
        bool, typer.Option("--no-pager", help="Print the page even when it is long.")
    ] = False,
) -> None:
    """Read a step's entry in the terminal, or one section of it; long pages are paged.

    Examples: tutor read backend; tutor read backend#key-takeaways; tutor read dns#faq.
    Leech and failed-check messages name the section to reread this way.
    """
    from tutor.browse.reading import UnknownSection, find_section, page_view
    from tutor.paging import show

    step_name, _, section_name = target.partition("#")
    if not step_name.strip():
        raise UserError("name the step to read, e.g. tutor read backend", code=2)
    store = state_of(ctx).store()
    page = load_page(store, step_name, path_name)
    section = None
    if section_name.strip():
        try:
            section = find_section(page, section_name)
        except UnknownSection as error:
            raise UserError(str(error)) from None
    console = out()
    view = page_view(page, section)
    show(console, view, page=not no_pager)


def load_page(store: Store, step_name: str, path_name: str | None) -> Page:
    """The page of the step named `step_name`; UserError when there is no such step."""
    from tutor.progress.paths import UnknownName, find_step

    try:
        step = find_step(store.all_steps(), step_name, path_name)
    except UnknownName as error:
        raise UserError(str(error)) from None
    from tutor.browse.reading import page_of

    page = page_of(store, step.key)
    assert page is not None
    return page
