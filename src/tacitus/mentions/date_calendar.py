"""Calendar windows and the arithmetic that date resolution shares: month and week windows,
month steps, clamping a day to the right side of the publication date, and a cached
``dateparser`` reading of one expression."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Literal

import dateparser

Precision = Literal["day", "week", "month", "year"]

_DATEPARSER_SETTINGS = {"PREFER_DATES_FROM": "current_period", "RETURN_AS_TIMEZONE_AWARE": False}
_PRECISION_ORDER: tuple[Precision, ...] = ("day", "week", "month", "year")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
UNITS: dict[str, Precision] = {"day": "day", "week": "week", "month": "month", "year": "year"}
DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
HAS_YEAR = re.compile(r"(?:19|20)\d{2}")


@dataclass(frozen=True, slots=True)
class Window:
    """The calendar days one expression stands for, and why."""

    start: date
    end: date
    precision: Precision
    reason: str


def coarser(first: Precision, second: Precision) -> Precision:
    """The coarser of two precisions ("month" over "day")."""
    return max(first, second, key=_PRECISION_ORDER.index)


def month_window(year: int, month: int) -> tuple[date, date]:
    """First and last day of a month."""
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def shift_month(day: date, months: int) -> tuple[int, int]:
    """Year and month ``months`` months away from ``day``."""
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def monday(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def unit_window(unit: str, day: date) -> tuple[date, date]:
    """The week, month or year holding ``day``."""
    if unit == "week":
        return monday(day), monday(day) + timedelta(days=6)
    if unit == "month":
        return month_window(day.year, day.month)
    return date(day.year, 1, 1), date(day.year, 12, 31)


def step(day: date, unit: str, steps: int) -> date:
    """A day in the week, month or year ``steps`` units away from ``day``."""
    if unit == "week":
        return day + timedelta(days=7 * steps)
    if unit == "month":
        return date(*shift_month(day, steps), 1)
    return date(day.year + steps, 1, 1)


def safe_date(year: int, month: int, day: int) -> date:
    """``date(year, month, day)`` with the day capped at the month's last day."""
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def clamp_days(found: date, published: date, *, step: int, future: bool) -> date:
    """Move ``found`` by ``step`` days until it is not after (or, in future, before) publication."""
    while not future and found > published:
        found -= timedelta(days=step)
    while future and found < published:
        found += timedelta(days=step)
    return found


def clamp_months(found: date, published: date, *, future: bool) -> date:
    """Move ``found`` by whole months to the right side of the publication date."""
    direction = 1 if future else -1
    while (found < published) if future else (found > published):
        found = safe_date(*shift_month(found, direction), found.day)
    return found


def clamp_years(found: date, published: date, *, future: bool) -> date:
    """Move ``found`` by whole years to the right side of the publication date."""
    direction = 1 if future else -1
    while (found < published) if future else (found > published):
        found = safe_date(found.year + direction, found.month, found.day)
    return found


@lru_cache(maxsize=4096)
def dateparser_date(expression: str, published: date) -> date | None:
    """dateparser's reading of ``expression`` relative to ``published`` (cached, pure)."""
    settings = {
        **_DATEPARSER_SETTINGS,
        "RELATIVE_BASE": datetime.combine(published, datetime.min.time()),
    }
    parsed = dateparser.parse(expression, languages=["en"], settings=settings)
    if parsed is None:
        return None
    found: date = parsed.date()
    return found
