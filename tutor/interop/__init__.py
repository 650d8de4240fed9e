"""Cards and collections in and out: importing entry files and web pages (`importing`,
`fetch`, and `card_maker`, which says whether the cards need making again), CSV
(`csv_cards`), the JSON document (`document`), Anki packages (`anki_deck`), and backup and
restore of the collection file (`backup`).

Nothing is imported here: each command loads only the modules it uses.
"""

__all__ = ["anki_deck", "backup", "card_maker", "csv_cards", "document", "fetch", "importing"]
