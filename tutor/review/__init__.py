"""The review: the daily session and what it is made of.

`session` shows a card, takes the answer and saves it; `queue` picks the next card and
`plan` says what today still holds (for bare `tutor` too); `grading` judges an answer;
`options` orders a choice card's options at each showing (checks and cram too);
`keys`, `field` and `screens` are the terminal side (key presses, the typed-answer line,
each screen's keys); `card_actions` are the review's flag and read keys; `cram` practises
a step without saving. A check (`tutor.check`) asks its questions with the same parts.

Nothing is imported here: each command loads only the modules it uses.
"""

__all__ = ["field", "grading", "keys", "options", "plan", "queue", "screens", "session"]
