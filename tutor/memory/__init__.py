"""The memory model: FSRS scheduling of each card (`scheduling`), fitting it to your own
review log (`optimize`), a simulated learner to test it on (`simulate`), and the doctor's
rules (`doctor`), which replay each card's log to check the state stored for it.

Nothing is imported here: each command loads only the modules it uses.
"""

__all__ = ["doctor", "optimize", "scheduling", "simulate"]
