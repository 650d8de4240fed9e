"""The learner's day: local calendar dates that start at the day-start hour (as in Anki)."""

from __future__ import annotations

import os
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from db import Store


def local_zone() -> tzinfo:
    """The machine's local time zone, with its daylight-saving rules (honours TZ).

    Not `datetime.now().astimezone().tzinfo`: that is today's fixed offset, which puts
    answers from the other half of the year an hour off (stats count a year of days).
    """
    from zoneinfo import ZoneInfo

    name = os.environ.get("TZ", "").lstrip(":")
    try:
        if name:
            return ZoneInfo(name)
        with open("/etc/localtime", "rb") as rules:
            return ZoneInfo.from_file(rules, key="localtime")
    except (OSError, ValueError, KeyError):
        zone = datetime.now().astimezone().tzinfo  # no zone database: today's offset
        assert zone is not None
        return zone


def learner_date(moment: datetime, day_start_hour: int, zone: tzinfo) -> date:
    """The learner's date for `moment`: before the day-start hour it is still yesterday."""
    local = moment.astimezone(zone)
    return (local - timedelta(hours=day_start_hour)).date()


def day_bounds(day: date, day_start_hour: int, zone: tzinfo) -> tuple[datetime, datetime]:
    """The [start, end) of a learner's day as aware datetimes."""
    start = _at(day, day_start_hour, zone)
    return start, _at(day + timedelta(days=1), day_start_hour, zone)


def _at(day: date, hour: int, zone: tzinfo) -> datetime:
    # Build the wall-clock time in the zone; fold=0 picks the first of a repeated hour.
    naive = datetime.combine(day, time(hour))
    if hasattr(zone, "localize"):  # pragma: no cover - pytz-style zones
        return zone.localize(naive)  # type: ignore[no-any-return, attr-defined]
    return naive.replace(tzinfo=zone)


def today_bounds(now: datetime, day_start_hour: int, zone: tzinfo) -> tuple[datetime, datetime]:
    return day_bounds(learner_date(now, day_start_hour, zone), day_start_hour, zone)


def streak(days: set[date], today: date) -> int:
    """Consecutive days with reviews, ending today (or yesterday, if today is not done yet)."""
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count


def allowed_today(
    store: Store, settings: dict[str, Any], now: datetime, zone: tzinfo
) -> tuple[datetime, int, int]:
    """When the learner's day ends, and the new cards and reviews its limits still allow:
    counted once, the same for the review's queue, the plan of the day, `tutor stats` and
    a check's result (here, not in `tutor.review.plan`, whose imports the first card
    does without)."""
    from tutor.review.queue import Limits, remaining

    day_start, day_end = today_bounds(now, settings["day_start_hour"], zone)
    introduced, reviewed = store.answered_between(day_start, day_end)
    limits = Limits(settings["new_per_day"], settings["reviews_per_day"])
    new_left, reviews_left = remaining(limits, introduced, reviewed)
    return day_end, new_left, reviews_left


def new_limit_reached(store: Store, settings: dict[str, Any], now: datetime, zone: tzinfo) -> int:
    """Today's new-card limit when it is used up (new cards then wait for tomorrow), else 0:
    what `tutor review` and the plan of the day count, so a check's result and `tutor
    path` say the same."""
    limit = settings["new_per_day"]
    _, new_left, _ = allowed_today(store, settings, now, zone)
    return limit if limit > 0 and new_left == 0 else 0
