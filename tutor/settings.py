"""The learner's settings: names, defaults, allowed ranges, and how values are parsed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


class SettingError(ValueError):
    """A setting name or value that is not allowed, with a sentence saying what is."""


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str
    parse: Callable[[str], Any]
    check: Callable[[Any], str | None]  # returns the complaint, or None when fine


def _ranged_float(low: float, high: float) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        ok = isinstance(value, float) and low <= value <= high
        if ok:
            return None
        said = f"must be a number from {low} to {high}"
        if isinstance(value, float) and low <= value / 100 <= high:
            # 'desired_retention 90': a share in percent, as Anki's options show it
            return f"{said} ({value / 100:g} for {value:g}%)"
        return said

    return check


def _ranged_int(low: int, high: int) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        ok = isinstance(value, int) and low <= value <= high
        return None if ok else f"must be a whole number from {low} to {high}"

    return check


def _number(text: str) -> float:
    return float(text)


SETTINGS: dict[str, Setting] = {
    setting.name: setting
    for setting in (
        Setting(
            "desired_retention",
            0.9,
            "share of cards you want to recall when they come due",
            _number,
            _ranged_float(0.70, 0.99),
        ),
        Setting("new_per_day", 20, "new cards introduced per day", int, _ranged_int(0, 9999)),
        Setting("reviews_per_day", 200, "review cards shown per day", int, _ranged_int(0, 99999)),
        Setting(
            "day_start_hour",
            4,
            "local hour at which a new day starts (0-23)",
            int,
            _ranged_int(0, 23),
        ),
        Setting(
            "check_pass_mark",
            0.8,
            "share of a check to get right to pass",
            _number,
            _ranged_float(0.5, 1.0),
        ),
    )
}


def parse_setting(name: str, text: str) -> Any:
    """Parse and check one setting given as text; raises SettingError."""
    setting = SETTINGS.get(name)
    if setting is None:
        known = ", ".join(SETTINGS)
        raise SettingError(f"unknown setting {name!r} (known: {known})")
    try:
        value = setting.parse(text.strip())
    except ValueError:
        try:  # a number all the same (4.5 for an hour): the check says which kind is wanted
            value = float(text.strip())
        except ValueError:
            raise SettingError(f"{name}: {text!r} is not a number") from None
    complaint = setting.check(value)
    if complaint:
        raise SettingError(f"{name} {complaint}, not {text.strip()}")
    return value


def effective(stored: dict[str, Any]) -> dict[str, Any]:
    """Stored values over the defaults; unknown or invalid stored values fall back."""
    values = {name: setting.default for name, setting in SETTINGS.items()}
    for name, value in stored.items():
        setting = SETTINGS.get(name)
        if setting is not None and setting.check(value) is None:
            values[name] = value
    return values
