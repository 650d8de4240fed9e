"""tutor: learn concept paths in the terminal, with flashcards and checks scheduled by FSRS."""

__version__ = "0.1.0"
