"""Rendering `tutor stats`: Rich renderables from the figures. Never queries the database.

Every chart reads without colour: bar heights are block characters, heatmap levels are
shades (· ░ ▒ ▓ █), numbers are printed. Colour only repeats what the shapes already say.
Everything fits in 80 columns; on a narrower terminal the charts keep the days they have
room for and the tables their main columns, each saying what it left out.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from tutor.progress.stats import Calendar, Memory, PathFigures, Retention, Stats, StepFigures, Today
from tutor.ui import FULL_TABLE, Fitted, literal

BAR_HEIGHT = 6  # rows of the forecast chart; each row holds eight steps of a bar
EIGHTHS = " ▁▂▃▄▅▆▇█"
SHADES = ("·", "░", "▒", "▓", "█")  # no answers, then the four levels of the heatmap
HEAT_STYLES = ("dim", "#0e4429", "#006d32", "#26a641", "#39d353")
WEEKDAYS = ("Mon", "", "Wed", "", "Fri", "", "Sun")
MAX_STEP_ROWS = 40  # more steps than this, and the whole collection: one row per path


def stats_view(stats: Stats) -> RenderableType:
    """The whole stats screen."""
    title = Text.assemble(("Progress · ", "bold"))
    if stats.path is None:
        title.append("all paths", style="bold")
    else:
        title.append_text(literal(stats.path, "bold"))
    parts: list[RenderableType] = [
        title,
        Text(""),
        today_view(stats.today, stats.day_start_hour),
        Text(""),
        forecast_view(stats.forecast),
        Text(""),
        retention_view(stats.retention, stats.desired_retention),
        Text(""),
        calendar_view(stats.calendar),
        Text(""),
        steps_view(stats),
        Text(""),
        counts_view(stats),
    ]
    return Group(*parts)


def _heading(text: str, note: str = "") -> Text:
    heading = Text.assemble((text, "bold"))
    if note:
        heading.append(f"  {note}", style="dim")
    return heading


def _with_note(heading: Text, note: str) -> Text:
    """A chart's heading with a dim line under it (what a narrow terminal left out)."""
    return Text.assemble(heading, "\n", (f"  {note}", "dim"))


def _percent(share: float | None) -> str:
    return "–" if share is None else f"{share:.0%}"


def duration(ms: int) -> str:
    """Time spent, short: '42s', '4m 10s', '1h 05m'."""
    seconds = round(ms / 1000)
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m {seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h {minutes:02d}m"


def _day(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b} {day.year}"


def today_view(today: Today, day_start_hour: int) -> RenderableType:
    line = Text("  ")
    figures = (
        ("reviewed", f"{today.reviewed:,}", "bold"),
        ("accuracy", _percent(today.right_share), "bold green"),
        ("time", duration(today.time_ms), "bold"),
        ("still due", f"{today.still_due:,}", "bold yellow" if today.still_due else "bold"),
        ("new left", f"{today.new_left:,}", "bold blue"),
    )
    for n, (label, value, style) in enumerate(figures):
        if n:
            line.append(" · ", style="dim")
        line.append(f"{label} ")
        line.append(value, style=style)
    note = f"{_day(today.date)} (days start at {day_start_hour:02d}:00)"
    return Group(_heading("Today", note), line)


def forecast_view(forecast: Sequence[tuple[date, int]]) -> RenderableType:
    """A bar per day, today first (overdue cards included), with the axis in numbers: as
    many of the first days as the width holds."""
    return Fitted(lambda width: _forecast_rows(forecast, width))


def _forecast_rows(forecast: Sequence[tuple[date, int]], columns: int) -> RenderableType:
    counts = [due for _, due in forecast]
    total, top = sum(counts), max(counts, default=0)
    heading = _heading(
        f"Next {len(counts)} days", f"{total:,} reviews due, {counts[0] if counts else 0:,} today"
    )
    if not top:
        return Group(heading, Text("  nothing is due in the next 30 days", style="dim"))
    # the label, ' │', two columns a bar, and room for a date under the last week's bar
    room = max((columns - 4 - len(f"{top:,}") - 6) // 2, 7)
    if len(counts) > room:
        forecast, counts = forecast[:room], counts[:room]
        note = f"the first {room} days shown; a wider terminal shows them all"
        heading = _with_note(heading, note)
    # Heights in eighths of a row; a day with any card due shows at least a sliver.
    heights = [max(1, round(due / top * BAR_HEIGHT * 8)) if due else 0 for due in counts]
    width = len(f"{top:,}")
    rows: list[RenderableType] = [heading]
    for row in range(BAR_HEIGHT, 0, -1):
        label = f"{top:,}" if row == BAR_HEIGHT else ""
        # Labels are appended dim; a Text's own style would dim the bars after them too.
        line = Text.assemble((f"  {label:>{width}} │", "dim"))
        for n, height in enumerate(heights):
            eighths = min(8, max(0, height - (row - 1) * 8))
            line.append(EIGHTHS[eighths], style="yellow" if n == 0 else "cyan")
            line.append(" ")
        rows.append(line)
    rows.append(Text(f"  {'0':>{width}} └" + "─" * (2 * len(counts)), style="dim"))
    rows.append(_date_axis([day for day, _ in forecast], indent=4 + width))
    return Group(*rows)


def _date_axis(days: Sequence[date], indent: int) -> Text:
    """Dates under the bars, one a week, each starting under its own bar."""
    axis = [" "] * (indent + 2 * len(days) + 6)
    for n in range(0, len(days), 7):
        label = f"{days[n].day} {days[n]:%b}"
        start = indent + 2 * n
        axis[start : start + len(label)] = label
    return Text("".join(axis).rstrip(), style="dim")


def retention_view(periods: Sequence[Retention], desired: float) -> RenderableType:
    heading = _heading(
        "Retention", f"answers to cards in review not rated Again; desired {desired:.0%}"
    )
    table = Table(box=None, padding=(0, 2), show_edge=False, pad_edge=False)
    table.add_column("", style="dim")
    for period in periods:
        table.add_column(_period_name(period.days), justify="right")
    shares = []
    for period in periods:
        share = period.share
        style = "" if share is None else "green" if share >= desired else "yellow"
        shares.append(Text(_percent_exact(share), style=style))
    table.add_row("retention", *shares)
    table.add_row("answers", *(f"{period.answers:,}" for period in periods))
    return Group(heading, _indent(table))


def _period_name(days: int) -> str:
    return "last year" if days == 365 else f"last {days} days"


def _percent_exact(share: float | None) -> str:
    return "–" if share is None else f"{share:.1%}"


def _indent(renderable: RenderableType) -> RenderableType:
    from rich.padding import Padding

    return Padding(renderable, (0, 0, 0, 2), expand=False)


def calendar_view(calendar: Calendar) -> RenderableType:
    """Seven rows (Monday to Sunday), one column a week, a shade for how much was done: as
    many of the latest weeks as the width holds."""
    return Fitted(lambda width: _calendar_rows(calendar, width))


WEEKDAY_COLUMNS = 6  # '  Mon ' before each row


def _calendar_rows(calendar: Calendar, width: int) -> RenderableType:
    days = calendar.days
    note = (
        f"{_days(calendar.studied)} studied · streak {_days(calendar.current_streak)}"
        f" · longest {_days(calendar.longest_streak)}"
    )
    heading = _heading(f"Last {len(days) // 7 + (1 if len(days) % 7 else 0)} weeks", note)
    top = max((count for _, count in days), default=0)
    weeks = [days[start : start + 7] for start in range(0, len(days), 7)]
    room = max(width - WEEKDAY_COLUMNS - 2, 4)  # a month name may start at the last week
    if len(weeks) > room:
        weeks = weeks[-room:]
        note = f"the latest {room} weeks shown; a wider terminal shows them all"
        heading = _with_note(heading, note)
    rows: list[RenderableType] = [heading, _month_axis(weeks, indent=WEEKDAY_COLUMNS)]
    for weekday in range(7):
        line = Text.assemble((f"  {WEEKDAYS[weekday]:<3} ", "dim"))
        for week in weeks:
            if weekday >= len(week):
                line.append(" ")
                continue
            level = heat_level(week[weekday][1], top)
            line.append(SHADES[level], style=HEAT_STYLES[level])
        rows.append(line)
    rows.append(_legend(top))
    return Group(*rows)


def heat_level(count: int, top: int) -> int:
    """0 for no answers, else 1-4: the quarter of the busiest day's count it reaches."""
    if count <= 0 or top <= 0:
        return 0
    return min(4, max(1, math.ceil(4 * count / top)))


def _month_axis(weeks: Sequence[Sequence[tuple[date, int]]], indent: int) -> Text:
    """Month names above the first week column that holds the 1st of the month."""
    axis = [" "] * (indent + len(weeks) + 4)
    free_from = 0
    for n, week in enumerate(weeks):
        first_of_month = next((day for day, _ in week if day.day == 1), None)
        if first_of_month is None:
            continue
        start = indent + n
        if start < free_from:
            continue
        label = f"{first_of_month:%b}"
        axis[start : start + 3] = label
        free_from = start + 4
    return Text("".join(axis).rstrip(), style="dim")


def _legend(top: int) -> Text:
    legend = Text.assemble(("      less ", "dim"))
    for level, shade in enumerate(SHADES):
        legend.append(shade, style=HEAT_STYLES[level])
        legend.append(" ")
    legend.append("more", style="dim")
    if top:
        legend.append(f"   each shade a quarter of the busiest day ({top:,})", style="dim")
    return legend


def _days(count: int) -> str:
    return f"{count:,} day" if count == 1 else f"{count:,} days"


def steps_view(stats: Stats) -> RenderableType:
    """One table per path with each step; with many steps, one row per path instead."""
    if not stats.steps:
        return _heading("Steps", "none yet: tutor import adds entries")
    if stats.path is None and len(stats.steps) > MAX_STEP_ROWS:
        return paths_view(stats.paths)
    return Fitted(lambda width: _steps_tables(stats, width))


def _steps_tables(stats: Stats, width: int) -> RenderableType:
    parts: list[RenderableType] = []
    narrow = width < FULL_TABLE
    for path in dict.fromkeys(step.path for step in stats.steps):
        heading = _heading("Steps of ")
        heading.append_text(literal(path, "bold"))
        heading.append("  recall: predicted now, unseen or unlearnt cards as 0", style="dim")
        if narrow:
            heading.append(f"; {NARROW_NOTE}", style="dim")
        table = _memory_table("step", narrow)
        table.add_column("check", no_wrap=True)
        for step in (step for step in stats.steps if step.path == path):
            name = Text.assemble(f"{step.position} ", literal(step.title))
            table.add_row(name, *_memory_cells(step.memory, narrow), _check(step))
        if parts:
            parts.append(Text(""))
        parts += [heading, _indent(table)]
    return Group(*parts)


def paths_view(paths: Sequence[PathFigures]) -> RenderableType:
    return Fitted(lambda width: _paths_table(paths, width))


def _paths_table(paths: Sequence[PathFigures], width: int) -> RenderableType:
    narrow = width < FULL_TABLE
    note = "tutor stats --path NAME shows each step" + (f"; {NARROW_NOTE}" if narrow else "")
    heading = _heading("Paths", note)
    table = _memory_table("path", narrow)
    table.add_column("passed", justify="right")
    for path in paths:
        passed = f"{path.passed}/{path.steps}"
        table.add_row(literal(path.name), *_memory_cells(path.memory, narrow), passed)
    return Group(heading, _indent(table))


# Narrower than FULL_TABLE, the memory tables leave out stability, lapses and leeches
# (their headers were cut to 'sta…', 'laps…' at 60 columns); --json has every figure.
NARROW_NOTE = "stability, lapses and leeches on a wider terminal"
_MEMORY_COLUMNS = ("cards", "seen", "stability", "recall", "lapses", "leeches")
_NARROW_COLUMNS = ("cards", "seen", "recall")


def _memory_table(first: str, narrow: bool = False) -> Table:
    table = Table(box=None, padding=(0, 1), show_edge=False, pad_edge=False)
    table.add_column(first, no_wrap=True, overflow="ellipsis", max_width=22)
    for name in _NARROW_COLUMNS if narrow else _MEMORY_COLUMNS:
        table.add_column(name, justify="right")
    return table


def _memory_cells(memory: Memory, narrow: bool = False) -> list[RenderableType]:
    cells: dict[str, RenderableType] = {
        "cards": f"{memory.cards:,}",
        "seen": f"{memory.seen:,}",
        "stability": _stability(memory.mean_stability),
        "recall": _percent(memory.recall),
        "lapses": f"{memory.lapses:,}",
        "leeches": Text(f"{memory.leeches:,}", style="yellow" if memory.leeches else ""),
    }
    return [cells[name] for name in (_NARROW_COLUMNS if narrow else _MEMORY_COLUMNS)]


def _stability(days: float | None) -> str:
    if days is None:
        return "–"
    if days < 10:
        return f"{days:.1f}d"
    if days < 365:
        return f"{days:.0f}d"
    return f"{days / 365:.1f}y"


def _check(step: StepFigures) -> Text:
    styles = {"passed": "green", "failed": "yellow", "not taken": "", "locked": "dim"}
    text = Text(step.check, style=styles[step.check])
    if step.last_score is not None:
        correct, total = step.last_score
        text.append(f" {correct}/{total}", style="dim")
    return text


def counts_view(stats: Stats) -> RenderableType:
    counts = stats.counts
    values = vars(counts)
    # eight columns fit 80 with one space a side (two a side cut their names)
    table = Table(box=None, padding=(0, 1), show_edge=False, pad_edge=False)
    for name in (*values, "total"):
        table.add_column(name, justify="right")
    table.add_row(*(f"{value:,}" for value in values.values()), f"{sum(values.values()):,}")
    return Group(_heading("Cards by state"), _indent(table))


__all__ = ["duration", "heat_level", "stats_view"]
