"""The card makers: one module per kind of card, each a function from an entry to cards.

A maker takes the `Context` of one entry (`cards.makers.context`: the entry, its
siblings, the seed, and what is worked out once per entry, such as its defining
sentence) and yields the cards of its kind. `cards.generation` runs them in order of
priority and chooses among what they propose. The modules of `cards` itself
(`cards.cloze`, `cards.defining`, `cards.names`, `cards.truth`, `cards.sentences`) read
language: where a blank goes, what a defining sentence looks like, how an entry is
named; a maker here decides which sentences of an entry make which card.
"""
