"""The progress bar's rate and time left: shown once there is enough work to measure,
never a rate guessed from the first file or two (1,000 files/s for a first file read in a
millisecond). The clock is passed in, as everywhere in the rules."""

from __future__ import annotations

from tutor.work_bar import WorkBar


class Clock:
    """Seconds that the test moves on by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_no_rate_and_no_time_left_from_the_first_files() -> None:
    clock = Clock()
    with WorkBar("Reading files", 1000, show=False, clock=clock) as bar:
        clock.now += 0.001
        bar.advance()  # a first file read in a millisecond: not 1,000 files/s
        assert (bar.rate_text(), bar.time_left_text()) == ("", "")
        clock.now += 0.002
        bar.advance(3)
        assert (bar.rate_text(), bar.time_left_text()) == ("", "")


def test_a_handful_of_files_in_no_time_is_not_yet_a_rate() -> None:
    clock = Clock()
    with WorkBar("Reading files", 1000, show=False, clock=clock) as bar:
        clock.now += 0.2
        bar.advance(40)
        assert bar.rate_text() == ""


def test_one_slow_file_in_a_long_second_is_not_yet_a_rate() -> None:
    clock = Clock()
    with WorkBar("Replaying review logs", 50, show=False, clock=clock) as bar:
        clock.now += 3.0
        bar.advance()
        assert bar.rate_text() == ""


def test_after_a_second_and_a_handful_the_rate_is_the_work_over_its_time() -> None:
    clock = Clock()
    with WorkBar("Reading files", 1000, show=False, clock=clock) as bar:
        clock.now += 0.001
        bar.advance()
        clock.now += 1.999
        bar.advance(99)  # 100 files in 2 s
        assert bar.rate_text() == "50/s"
        assert bar.time_left_text() == "0:00:18"  # 900 more at 50/s
        clock.now += 2.0
        bar.advance(2)  # a slow stretch: 102 in 4 s
        assert bar.rate_text() == "26/s"


def test_a_slow_rate_keeps_its_decimal() -> None:
    clock = Clock()
    with WorkBar("Replaying review logs", 20, show=False, clock=clock) as bar:
        clock.now += 4.0
        bar.advance(6)
        assert bar.rate_text() == "1.5/s"
        assert bar.time_left_text() == "0:00:09"


def test_bytes_are_measured_after_a_second() -> None:
    clock = Clock()
    with WorkBar("Importing cards", 10_000_000, show=False, in_bytes=True, clock=clock) as bar:
        clock.now += 0.01
        bar.advance(65_536)
        assert bar.rate_text() == ""
        clock.now += 1.99
        bar.advance(2_934_464)  # 3 MB in 2 s
        assert bar.rate_text() == "1.5 MB/s"
        assert bar.time_left_text() == "0:00:04"
