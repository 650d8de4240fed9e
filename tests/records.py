"""Rows the tests hand the store directly: an entry as an import writes it."""

from __future__ import annotations

from db.store import EntryRecord


def entry_record(
    key: str,
    title: str,
    path: str,
    position: int = 1,
    content_hash: str = "h",
    file: str = "",
) -> EntryRecord:
    """The entry `key` ('path-slug/slug') of a Markdown file (named after its title unless
    `file` is given), with no tags, aliases, sections or text: what a test of the store
    needs of an entry."""
    path_slug, slug = key.split("/", 1)
    return EntryRecord(
        key=key,
        path=path,
        path_slug=path_slug,
        position=position,
        slug=slug,
        title=title,
        file=file or f"{title.lower()}.md",
        layout="markdown",
        tags=(),
        aliases=(),
        next_title="",
        sections=(),
        text="",
        content_hash=content_hash,
    )
