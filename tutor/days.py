"""The learner's day: local calendar dates that start at the day-start hour (as in Anki)."""

from __future__ import annotations

import os
from datetime import date, datetime, time, timedelta, tzinfo


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
