"""Dates written out: "Dec. 27", "27 December", "December 27, 2019", "the 14th",
"2019-12-27", holidays ("Christmas Day"), months and years ("early March 2019", "2003").
A date without a year takes the latest such day not after publication (the next one when
the sentence speaks of the future), or the year in which a weekday written beside it falls."""

from __future__ import annotations

import calendar
import re
from datetime import date

from tacitus.mentions.date_calendar import (
    DAY_NUMBER,
    HAS_YEAR,
    Window,
    clamp_months,
    clamp_years,
    dateparser_date,
    month_window,
)
from tacitus.mentions.date_weekdays import year_of_weekday

_HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1)}
_HOLIDAYS |= {"new year's eve": (12, 31), "boxing day": (12, 26)}
# A weekday before the calendar date, with the part of the day it may carry ("early Friday,
# February 7", "late on Sunday, 3 March").
_WEEKDAY_PREFIX = re.compile(
    r"^(?:(?:early|late)\s+(?:on\s+)?)?"
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?=[a-z\d])"
)


def holiday(text: str, *, published: date, future: bool) -> Window | None:
    """ "Christmas Day", "New Year's Eve": the latest such day (the next one in future)."""
    key = text.replace("’", "'")
    if key not in _HOLIDAYS:
        return None
    month, day = _HOLIDAYS[key]
    found = clamp_years(date(published.year, month, day), published, future=future)
    return Window(found, found, "day", f"{text.title()}, year from publication date {published}")


def explicit(text: str, *, published: date, future: bool) -> Window | None:
    """ "Dec. 27", "27 December", "December 27, 2019", "the 14th", "2019-12-27"."""
    if DAY_NUMBER.search(text) is None:
        return None
    weekday = _WEEKDAY_PREFIX.match(text)
    text = _WEEKDAY_PREFIX.sub("", text)
    if text.startswith("the "):
        return _day_of_month(text, published=published, future=future)
    found = dateparser_date(text, published)
    if found is None:
        return None
    if HAS_YEAR.search(text):
        return Window(found, found, "day", "explicit date")
    if weekday is not None:
        named = year_of_weekday(found, weekday.group(1), published)
        if named is not None:
            why = f"explicit date, year in which it falls on a {weekday.group(1).title()}"
            return Window(named, named, "day", why)
    found = clamp_years(found, published, future=future)
    return Window(found, found, "day", f"explicit date, year from publication date {published}")


def _day_of_month(text: str, *, published: date, future: bool) -> Window | None:
    """ "the 14th": that day of the publication month, or of the month before."""
    day = int(DAY_NUMBER.findall(text)[0])
    if not 1 <= day <= calendar.monthrange(published.year, published.month)[1]:
        return None
    found = clamp_months(date(published.year, published.month, day), published, future=future)
    return Window(found, found, "day", f"day of month, month from publication date {published}")


def coarse(text: str, *, published: date, future: bool) -> Window | None:
    """ "March", "early March 2019", "2003": month or year windows. "last March" is the
    latest March before the publication month, "next March" the first after it, "this
    March" the publication year's."""
    named = _NAMED_MONTH.match(text)
    if named is not None:
        return _named_month(text[named.end() :], named.group(1).lower(), published=published)
    core = re.sub(r"^(?:early|late|mid)[\s-]*", "", text, flags=re.IGNORECASE)
    if HAS_YEAR.fullmatch(core):
        year = int(core)
        return Window(date(year, 1, 1), date(year, 12, 31), "year", "explicit year")
    found = dateparser_date(f"1 {core}", published)
    if found is None:
        return None
    if HAS_YEAR.search(core):
        first, last = month_window(found.year, found.month)
        return Window(first, last, "month", "explicit month")
    year = found.year
    if not future and found.replace(day=1) > published:
        year -= 1
    elif future and month_window(year, found.month)[1] < published:
        year += 1
    first, last = month_window(year, found.month)
    return Window(first, last, "month", f"month, year from publication date {published}")


_NAMED_MONTH = re.compile(r"(last|this|next)\s+", re.IGNORECASE)


def _named_month(month: str, which: str, *, published: date) -> Window | None:
    """The month ``which`` ("last", "this", "next") names, counted from publication."""
    found = dateparser_date(f"1 {month}", published)
    if found is None:
        return None
    year = published.year
    if which == "last" and found.month >= published.month:
        year -= 1
    elif which == "next" and found.month <= published.month:
        year += 1
    first, last = month_window(year, found.month)
    return Window(
        first, last, "month", f"{which} {month}, counted from publication date {published}"
    )
