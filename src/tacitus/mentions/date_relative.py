"""Dates relative to the publication day: "yesterday", "last week", "earlier this month",
"three days ago", "over the past two months", "in recent weeks".

- "last night" is the evening before publication: publication day minus one.
- "overnight" spans publication day minus one to publication day (day precision).
- "the weekend" / "this weekend" is the Saturday and Sunday at or before publication, or
  the coming one where the sentence speaks of the future; "last weekend" is the one
  before a weekend's publication day; "next weekend" the one after the latest Saturday:
  week precision, as ACLED codes "over the weekend".
- "this week" / "earlier this week" run Monday of the publication week to publication day;
  "the start of the month" is its first seven days (week precision, as ACLED codes a date
  known to the week), "of the year" its January, "of the week" its Monday and Tuesday,
  none later than publication day; "since the start of the month" is this month so far.
- "in recent days|weeks|months|years" reach back 7 days, 3 weeks, 3 months or 3 years;
  "few" counts as 3 and "several" as 4.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from tacitus.mentions.date_calendar import (
    UNITS,
    Precision,
    Window,
    dateparser_date,
    safe_date,
    shift_month,
    step,
    unit_window,
)

NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
NUMBER_WORDS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
NUMBER_WORDS |= {"few": 3, "a few": 3, "several": 4, "a several": 4, "couple of": 2}
"""Counts of days, weeks, months or years in words ("two days ago", "a few weeks")."""
_DAY_PARTS = ("morning", "afternoon", "evening")
_OPENING = re.compile(r"(?:the )?(?:start|beginning) of (?:the|this)")
_RECENT = {"day": 7, "week": 3, "month": 3, "year": 3}


# Single days relative to publication: (first day, last day) as offsets from it.
_DAY_OFFSETS = {
    "today": (0, 0),
    "tonight": (0, 0),
    "last night": (-1, -1),
    "overnight": (-1, 0),
    "tomorrow": (1, 1),
}


def relative(text: str, *, published: date, future: bool) -> Window | None:
    """Hand rules for "yesterday", "last week", "earlier this month", ..."""
    day = published
    why = f"relative to publication date {published.isoformat()} ({text})"
    offsets = _DAY_OFFSETS.get(text)
    if text.startswith("this ") and text.endswith(_DAY_PARTS):
        offsets = (0, 0)
    elif text.startswith("yesterday"):
        offsets = (-1, -1)
    if offsets is not None:
        return Window(
            day + timedelta(days=offsets[0]), day + timedelta(days=offsets[1]), "day", why
        )
    if text.endswith("weekend"):
        return _weekend(text, published=day, future=future, why=why)
    for unit in ("week", "month", "year"):
        if text.endswith(unit):
            return _period(text.removesuffix(unit).strip(), unit, published=day, why=why)
    return None


_SATURDAY = 5


def _weekend(text: str, *, published: date, future: bool, why: str) -> Window:
    """The weekend at or before publication, or the coming one (rules of the docstring)."""
    current = published - timedelta(days=(published.weekday() - _SATURDAY) % 7)
    on_weekend = published.weekday() >= _SATURDAY
    ahead = text.startswith("next") or (future and not on_weekend)
    if text.startswith("last") and on_weekend:
        saturday = current - timedelta(days=7)
    else:
        saturday = current + timedelta(days=7) if ahead else current
    return Window(saturday, saturday + timedelta(days=1), "week", why)


# How much of a period its start or beginning names, and at what precision: "at the
# start of the month" is its first days (ACLED's week), of the year its first month, of
# the week its first two days.
_OPENING_SPAN: dict[str, tuple[int, Precision]] = {
    "week": (1, "week"),
    "month": (6, "week"),
    "year": (30, "month"),
}


def _period(modifier: str, unit: str, *, published: date, why: str) -> Window | None:
    start, end = unit_window(unit, published)
    if _OPENING.fullmatch(modifier):  # "at the start of the month": its first days
        days, precision = _OPENING_SPAN[unit]
        return Window(start, min(start + timedelta(days=days), published), precision, why)
    if modifier in ("this", "earlier this", "earlier in the"):
        return Window(start, published, UNITS[unit], why)
    if modifier in ("later this", "later in the"):
        return Window(published, end, UNITS[unit], why)
    if modifier == "past":
        back = {"week": 7, "month": 30, "year": 365}[unit]
        return Window(published - timedelta(days=back), published, UNITS[unit], why)
    if modifier in ("last", "next"):
        first, last = unit_window(unit, step(published, unit, -1 if modifier == "last" else 1))
        return Window(first, last, UNITS[unit], why)
    return None


def ago(text: str, *, published: date, future: bool) -> Window | None:
    """ "two days ago", "a week ago", "three months ago" (dateparser, then unit precision)."""
    if not text.endswith(" ago"):
        return None
    words = text.removesuffix(" ago").split()
    count = NUMBER_WORDS.get(" ".join(words[:-1]), int(words[0]) if words[0].isdigit() else 0)
    unit = words[-1].removesuffix("s")
    if count <= 0 or unit not in ("day", "week", "month", "year"):
        return None
    anchor = dateparser_date(f"{count} {unit}s ago", published)
    if anchor is None:
        return None
    why = f"relative to publication date {published.isoformat()} ({text})"
    if unit in ("day", "week"):
        return Window(anchor, anchor, UNITS[unit], why)
    first, last = unit_window(unit, anchor)
    return Window(first, last, UNITS[unit], why)


def span_back(count: str | None, unit: str, *, published: date) -> Window:
    """ "over the past two months", "in recent weeks": a window ending on publication day."""
    key = (count or "one").lower()
    if key == "recent":
        number = _RECENT[unit]
    else:
        number = int(key) if key.isdigit() else NUMBER_WORDS.get(key, 1)
    if unit == "month":
        year, month = shift_month(published, -number)
        start = safe_date(year, month, published.day)
    elif unit == "year":
        start = safe_date(published.year - number, published.month, published.day)
    else:
        start = published - timedelta(days=number * (7 if unit == "week" else 1))
    why = f"window of {number} {unit}(s) back from publication date {published}"
    return Window(start, published, UNITS[unit], why)
