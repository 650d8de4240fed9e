"""Looking up your cards and the entries they come from: the table, flags and JSON of
`tutor cards` (`cards_list`), and an entry's page or section for `tutor read`, the review's
`r` key and a failed check's reading list (`reading`).

Nothing is imported here: each command loads only the modules it uses.
"""

__all__ = ["cards_list", "reading"]
