"""The one place that reads the real clock. Everything else is handed `now`.

`TUTOR_NOW` (an ISO 8601 time) starts the clock at another moment, for tests and for
trying out what tomorrow's session will hold; the clock then runs on from there.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

Clock = Callable[[], datetime]


EARLIEST = datetime(1970, 1, 1, tzinfo=timezone.utc)
LATEST = datetime(9000, 1, 1, tzinfo=timezone.utc)


class ClockError(ValueError):
    pass


def system_clock() -> Clock:
    fixed = os.environ.get("TUTOR_NOW", "").strip()
    if not fixed:
        return lambda: datetime.now(timezone.utc)
    try:
        start = datetime.fromisoformat(fixed.replace("Z", "+00:00"))
    except ValueError:
        raise ClockError(f"TUTOR_NOW={fixed!r} is not an ISO 8601 time") from None
    if start.tzinfo is None:
        start = start.replace(tzinfo=timezone.utc)
    # Every time tutor stores or schedules is UTC (fsrs refuses any other offset), and
    # intervals of up to a century are added to it: keep within what that can hold.
    start = start.astimezone(timezone.utc)
    if not EARLIEST <= start <= LATEST:
        raise ClockError(
            f"TUTOR_NOW={fixed!r} is outside the years {EARLIEST.year}-{LATEST.year - 1}"
        )
    began = time.monotonic()
    return lambda: start + timedelta(seconds=time.monotonic() - began)
