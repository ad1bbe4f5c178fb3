"""Weekdays: "on Sunday", "late on Friday", "last Friday", "next Monday", and the year a
weekday written beside a calendar date picks ("Saturday, February 19")."""

from __future__ import annotations

from datetime import date, timedelta

from tacitus.mentions.date_calendar import (
    DAY_NUMBER,
    WEEKDAYS,
    Window,
    clamp_days,
    dateparser_date,
    safe_date,
)


def weekday(text: str, *, published: date, future: bool) -> Window | None:
    """ "on Sunday", "late on Friday", "Saturday morning", "last Friday", "next Monday"."""
    name = next((w for w in WEEKDAYS if w in text.split()), None)
    if name is None or DAY_NUMBER.search(text):
        return None  # "Tuesday, Dec. 24": the calendar date decides
    found = dateparser_date(name, published)
    if found is None:
        return None
    ahead = future or text.startswith("next ")
    found = clamp_days(found, published, step=7, future=ahead)
    if text.startswith("last ") and (published - found).days <= 1:
        # Today or yesterday would be told as "on Tuesday": "last Tuesday" written on a
        # Wednesday is the week before's.
        found -= timedelta(days=7)
    gap = (found - published).days
    unit = "day" if abs(gap) == 1 else "days"
    where = f"{abs(gap)} {unit} {'after' if gap > 0 else 'before'}" if gap else "publication day"
    why = f"relative to publication date {published.isoformat()} ({name.title()} = {where})"
    return Window(found, found, "day", why)


def year_of_weekday(found: date, name: str, published: date) -> date | None:
    """ "Saturday, February 19": of the years around publication, the one nearest to it in
    which that day is that weekday (a date a day after publication is no error to fix)."""
    index = WEEKDAYS.index(name)
    days = [
        safe_date(year, found.month, found.day)
        for year in (published.year - 1, published.year, published.year + 1)
    ]
    matching = [d for d in days if d.weekday() == index and d.day == found.day]
    return min(matching, key=lambda d: abs((d - published).days), default=None)
