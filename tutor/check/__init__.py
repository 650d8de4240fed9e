"""The check at the end of a step: its rules (`rules`: which questions, the score, what a
pass unlocks), the session that asks them and saves each answer (`session`), and how a
question, the result and past checks are drawn (`views`).

Nothing is imported here: each command loads only the modules it uses.
"""

__all__ = ["rules", "session", "views"]
