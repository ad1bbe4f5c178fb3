"""Find date expressions in news text and resolve them against the publication date.

Candidates are located with compiled regular expressions; only then is ``dateparser`` asked
(it is slow), and its answers are cached on ``(expression, publication date)``. dateparser runs
with ``PREFER_DATES_FROM='current_period'``: with ``'past'`` a Tuesday article saying "on
Tuesday" would resolve a week back. Its answer is then clamped so that a weekday, "the 14th"
or "Dec 27" never lands after the publication date, unless the sentence speaks of the future.

Conventions (documented rules, not guesses of dateparser):

- "last night" is the evening before publication: publication day minus one.
- "overnight" spans publication day minus one to publication day (day precision).
- "this week" / "earlier this week" run Monday of the publication week to publication day.
- "in recent days|weeks|months|years" reach back 7 days, 3 weeks, 3 months or 3 years;
  "few" counts as 3 and "several" as 4.
- In "between Friday and Sunday" the end is resolved first and the start before it.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Literal

import dateparser

Precision = Literal["day", "week", "month", "year"]
DateKind = Literal["point", "range", "since", "span_back"]

__all__ = [
    "DateKind",
    "DateMention",
    "Precision",
    "find_dates",
    "is_future_context",
    "resolve_date",
]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in text and the calendar window it stands for."""

    text: str
    start: int
    end: int
    start_date: date
    end_date: date
    precision: Precision
    reason: str
    kind: DateKind
    reported: bool = False


_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
    r"(?![A-Za-z])"
)
_ORD = r"\d{1,2}(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:19|20)\d{2}(?!\d|,\d)"
_PART = r"(?:morning|afternoon|evening|night)"
_NUMW = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_REL = (
    rf"(?i:today|tonight|tomorrow|yesterday(?:\s+{_PART})?|last\s+night|overnight"
    r"|this\s+(?:morning|afternoon|evening)"
    r"|(?:earlier|later)\s+(?:this|in\s+the)\s+(?:week|month|year)"
    r"|(?:this|last|next|past)\s+(?:week|month|year)"
    rf"|(?:{_NUMW}|(?:a\s+)?(?:few|several))\s+(?:day|week|month|year)s?\s+ago)(?![a-z])"
)
_POINT = (
    rf"(?:{_REL}|{_MON}\s+{_ORD}(?:,?\s+{_YEAR})?|{_ORD}\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR})?"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|the\s+\d{{1,2}}(?:st|nd|rd|th)(?![a-z])"
    rf"|(?:(?i:late|early)\s+(?:on\s+)?)?(?:(?i:last|this|next|past)\s+)?{_WD}"
    rf"(?:(?:,?\s+{_MON}\s+{_ORD}|,?\s+{_ORD}\s+(?:of\s+)?{_MON})(?:,?\s+{_YEAR})?|\s+{_PART})?"
    r"|Christmas\s+(?:Day|Eve)|New\s+Year[’']s\s+(?:Day|Eve)|Boxing\s+Day)"
)
_COARSE = rf"(?:(?:(?i:early|late|mid)[\s-]*)?(?:{_MON}(?:\s+{_YEAR})?|{_YEAR}))"
_ANY = rf"(?:{_POINT}|{_COARSE})"

_RANGE = re.compile(
    rf"\b(?i:between)\s+(?P<a>{_ANY})\s+and\s+(?P<b>{_ANY})"
    rf"|\b(?i:from)\s+(?P<a2>{_ANY})\s+(?:to|until|till|through)\s+(?P<b2>{_ANY})"
)
_SINCE = re.compile(rf"\b(?i:since)\s+(?P<a>{_ANY})")
_SPAN_BACK = re.compile(
    r"\b(?i:(?:over|in|during|for|within)\s+the\s+(?:past|last)\s+"
    r"(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|few"
    r"|several|couple\s+of)\s+)?(?P<unit>day|week|month|year)s?"
    r"|in\s+recent\s+(?P<unit2>day|week|month|year)s)\b"
)
_POINT_RE = re.compile(rf"(?:\b(?i:on|in|during|by|of)\s+)?(?<![\w-])(?P<a>{_POINT})")
_COARSE_RE = re.compile(rf"\b(?i:in|during|by|of|until|before)\s+(?P<a>{_COARSE})")
_FUTURE_CUE = re.compile(
    r"\b(?i:will|shall|plans?\s+to|planned|planning|scheduled|expected\s+to|set\s+to"
    r"|(?:is|are)\s+due\s+to|going\s+to|intends?\s+to|vowed\s+to|threatened\s+to|upcoming)\b"
    r"|'ll\b"
)
_SENTENCE_END = re.compile(r"[.!?]\s")
# A date right after a reporting verb dates the report, not the event: "officials said Monday".
_REPORTING_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?|announced|reported|added|stated|confirmed"
    r"|claimed|tweeted|wrote|said\s+in\s+a\s+statement)\s*$",
    re.IGNORECASE,
)
_HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1)}
_HOLIDAYS |= {"new year's eve": (12, 31), "boxing day": (12, 26)}
_PATTERNS: tuple[tuple[re.Pattern[str], DateKind], ...] = (
    (_RANGE, "range"),
    (_SINCE, "since"),
    (_SPAN_BACK, "span_back"),
    (_POINT_RE, "point"),
    (_COARSE_RE, "point"),
)


def resolve_date(text: str, *, published: date, future: bool = False) -> DateMention | None:
    """Resolve one date expression such as "on Sunday" or "in March".

    ``future`` lets weekdays and dates without a year fall after ``published`` (for
    "will march on Friday"). Returns ``None`` when ``text`` holds no date expression.
    """
    found = find_dates(text, published=published, future=future)
    return found[0] if found else None


def find_dates(text: str, *, published: date, future: bool | None = None) -> list[DateMention]:
    """Every date expression in ``text``, resolved against ``published``, in text order.

    ``future=None`` decides per mention from a future cue ("will", "plans to", ...) earlier in
    the same sentence; ``True`` / ``False`` force the direction for every mention.
    """
    mentions: list[DateMention] = []
    for match, kind in _candidates(text):
        is_future = future if future is not None else is_future_context(text, match.start())
        mention = _resolve_match(match, kind, published=published, future=is_future)
        if mention is not None:
            mentions.append(mention)
    return mentions


def is_future_context(text: str, position: int) -> bool:
    """Whether the sentence holding ``position`` has a future cue before that position."""
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, position)]
    sentence_start = starts[-1] if starts else 0
    return _FUTURE_CUE.search(text, sentence_start, position) is not None


def _candidates(text: str) -> list[tuple[re.Match[str], DateKind]]:
    """Non-overlapping candidate matches, longest first where they overlap."""
    found: list[tuple[re.Match[str], DateKind]] = []
    for pattern, kind in _PATTERNS:
        found.extend((m, kind) for m in pattern.finditer(text))
    found.sort(key=lambda item: (item[0].start(), -(item[0].end() - item[0].start())))
    chosen: list[tuple[re.Match[str], DateKind]] = []
    last_end = -1
    for match, kind in found:
        if match.start() >= last_end:
            chosen.append((match, kind))
            last_end = match.end()
    return chosen


def _resolve_match(
    match: re.Match[str], kind: DateKind, *, published: date, future: bool
) -> DateMention | None:
    if kind == "range":
        window = _range(match, published=published, future=future)
    elif kind == "span_back":
        recent = match.group("unit2")
        count = "recent" if recent else match.group("n")
        window = _span_back(count, (recent or match.group("unit")).lower(), published=published)
    else:
        window = _resolve_expression(match.group("a"), published=published, future=future)
        if window is not None and kind == "since":
            end = max(published, window.start)
            window = _Window(window.start, end, window.precision, f"since: {window.reason}")
    if window is None:
        return None
    return DateMention(
        text=match.group(0),
        start=match.start(),
        end=match.end(),
        start_date=window.start,
        end_date=window.end,
        precision=window.precision,
        reason=window.reason,
        kind=kind,
        reported=_REPORTING_BEFORE.search(match.string, 0, match.start()) is not None,
    )


def _range(match: re.Match[str], *, published: date, future: bool) -> _Window | None:
    first = match.group("a") or match.group("a2")
    last = match.group("b") or match.group("b2")
    end = _resolve_expression(last, published=published, future=future)
    if end is None:
        return None
    start = _resolve_expression(first, published=end.end, future=False)
    if start is None or start.start > end.end:
        return None
    precision = _coarser(start.precision, end.precision)
    reason = f"range: from {start.reason}; to {end.reason}"
    return _Window(start.start, end.end, precision, reason)


# --- resolution of one expression -------------------------------------------------------

_DATEPARSER_SETTINGS = {"PREFER_DATES_FROM": "current_period", "RETURN_AS_TIMEZONE_AWARE": False}
_PRECISION_ORDER: tuple[Precision, ...] = ("day", "week", "month", "year")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_NUMBERS |= {"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_NUMBERS |= {"few": 3, "a few": 3, "several": 4, "a several": 4, "couple of": 2}
_DAY_PARTS = ("morning", "afternoon", "evening")
_RECENT = {"day": 7, "week": 3, "month": 3, "year": 3}
_UNITS: dict[str, Precision] = {"day": "day", "week": "week", "month": "month", "year": "year"}
_DAY_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
_HAS_YEAR = re.compile(r"(?:19|20)\d{2}")
_WEEKDAY_PREFIX = re.compile(
    r"^(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?=[a-z\d])"
)
_LEADING_PREP = re.compile(r"^(?:on|in|during|by|of|until|before)\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Window:
    start: date
    end: date
    precision: Precision
    reason: str


def _coarser(first: Precision, second: Precision) -> Precision:
    return max(first, second, key=_PRECISION_ORDER.index)


def _month_window(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def _shift_month(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


@lru_cache(maxsize=4096)
def _dateparser_date(expression: str, published: date) -> date | None:
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


@lru_cache(maxsize=4096)
def _resolve_expression(expression: str, *, published: date, future: bool) -> _Window | None:
    """Resolve one expression (no leading preposition needed) to a calendar window."""
    text = " ".join(_LEADING_PREP.sub("", expression.strip()).split())
    lowered = text.lower()
    for resolver in (_relative, _ago, _weekday, _holiday, _explicit):
        window = resolver(lowered, published=published, future=future)
        if window is not None:
            return window
    return _coarse(text, published=published, future=future)


def _relative(text: str, *, published: date, future: bool) -> _Window | None:
    """Hand rules for "yesterday", "last week", "earlier this month", ..."""
    day = published
    why = f"relative to publication date {published.isoformat()} ({text})"
    if text in ("today", "tonight") or (text.startswith("this ") and text.endswith(_DAY_PARTS)):
        return _Window(day, day, "day", why)
    if text.startswith("yesterday") or text == "last night":
        return _Window(day - timedelta(days=1), day - timedelta(days=1), "day", why)
    if text == "overnight":
        return _Window(day - timedelta(days=1), day, "day", why)
    if text == "tomorrow":
        return _Window(day + timedelta(days=1), day + timedelta(days=1), "day", why)
    for unit in ("week", "month", "year"):
        if text.endswith(unit):
            return _period(text.removesuffix(unit).strip(), unit, published=day, why=why)
    return None


def _period(modifier: str, unit: str, *, published: date, why: str) -> _Window | None:
    start, end = _unit_window(unit, published)
    if modifier in ("this", "earlier this", "earlier in the"):
        return _Window(start, published, _UNITS[unit], why)
    if modifier in ("later this", "later in the"):
        return _Window(published, end, _UNITS[unit], why)
    if modifier == "past":
        back = {"week": 7, "month": 30, "year": 365}[unit]
        return _Window(published - timedelta(days=back), published, _UNITS[unit], why)
    if modifier in ("last", "next"):
        first, last = _unit_window(unit, _step(published, unit, -1 if modifier == "last" else 1))
        return _Window(first, last, _UNITS[unit], why)
    return None


def _step(day: date, unit: str, steps: int) -> date:
    """A day in the week, month or year ``steps`` units away from ``day``."""
    if unit == "week":
        return day + timedelta(days=7 * steps)
    if unit == "month":
        return date(*_shift_month(day, steps), 1)
    return date(day.year + steps, 1, 1)


def _unit_window(unit: str, day: date) -> tuple[date, date]:
    if unit == "week":
        return _monday(day), _monday(day) + timedelta(days=6)
    if unit == "month":
        return _month_window(day.year, day.month)
    return date(day.year, 1, 1), date(day.year, 12, 31)


def _ago(text: str, *, published: date, future: bool) -> _Window | None:
    """ "two days ago", "a week ago", "three months ago" (dateparser, then unit precision)."""
    if not text.endswith(" ago"):
        return None
    words = text.removesuffix(" ago").split()
    count = _NUMBERS.get(" ".join(words[:-1]), int(words[0]) if words[0].isdigit() else 0)
    unit = words[-1].removesuffix("s")
    if count <= 0 or unit not in ("day", "week", "month", "year"):
        return None
    anchor = _dateparser_date(f"{count} {unit}s ago", published)
    if anchor is None:
        return None
    why = f"relative to publication date {published.isoformat()} ({text})"
    if unit in ("day", "week"):
        return _Window(anchor, anchor, _UNITS[unit], why)
    first, last = _unit_window(unit, anchor)
    return _Window(first, last, _UNITS[unit], why)


def _weekday(text: str, *, published: date, future: bool) -> _Window | None:
    """ "on Sunday", "late on Friday", "Saturday morning", "last Friday", "next Monday"."""
    name = next((w for w in _WEEKDAYS if w in text.split()), None)
    if name is None or _DAY_NUMBER.search(text):
        return None  # "Tuesday, Dec. 24": the calendar date decides
    found = _dateparser_date(name, published)
    if found is None:
        return None
    ahead = future or text.startswith("next ")
    found = _clamp_days(found, published, step=7, future=ahead)
    if text.startswith("last ") and found == published:
        found -= timedelta(days=7)
    gap = (found - published).days
    unit = "day" if abs(gap) == 1 else "days"
    where = f"{abs(gap)} {unit} {'after' if gap > 0 else 'before'}" if gap else "publication day"
    why = f"relative to publication date {published.isoformat()} ({name.title()} = {where})"
    return _Window(found, found, "day", why)


def _holiday(text: str, *, published: date, future: bool) -> _Window | None:
    """ "Christmas Day", "New Year's Eve": the latest such day (the next one in future)."""
    key = text.replace("’", "'")
    if key not in _HOLIDAYS:
        return None
    month, day = _HOLIDAYS[key]
    found = _clamp_years(date(published.year, month, day), published, future=future)
    return _Window(found, found, "day", f"{text.title()}, year from publication date {published}")


def _clamp_days(found: date, published: date, *, step: int, future: bool) -> date:
    while not future and found > published:
        found -= timedelta(days=step)
    while future and found < published:
        found += timedelta(days=step)
    return found


def _explicit(text: str, *, published: date, future: bool) -> _Window | None:
    """ "Dec. 27", "27 December", "December 27, 2019", "the 14th", "2019-12-27"."""
    if _DAY_NUMBER.search(text) is None:
        return None
    weekday = _WEEKDAY_PREFIX.match(text)
    text = _WEEKDAY_PREFIX.sub("", text)
    if text.startswith("the "):
        return _day_of_month(text, published=published, future=future)
    found = _dateparser_date(text, published)
    if found is None:
        return None
    if _HAS_YEAR.search(text):
        return _Window(found, found, "day", "explicit date")
    if weekday is not None:
        named = _year_of_weekday(found, weekday.group(1), published)
        if named is not None:
            why = f"explicit date, year in which it falls on a {weekday.group(1).title()}"
            return _Window(named, named, "day", why)
    found = _clamp_years(found, published, future=future)
    return _Window(found, found, "day", f"explicit date, year from publication date {published}")


def _year_of_weekday(found: date, weekday: str, published: date) -> date | None:
    """ "Saturday, February 19": of the years around publication, the one nearest to it in
    which that day is that weekday (a date a day after publication is no error to fix)."""
    index = _WEEKDAYS.index(weekday)
    days = [
        _safe_date(year, found.month, found.day)
        for year in (published.year - 1, published.year, published.year + 1)
    ]
    matching = [d for d in days if d.weekday() == index and d.day == found.day]
    return min(matching, key=lambda d: abs((d - published).days), default=None)


def _day_of_month(text: str, *, published: date, future: bool) -> _Window | None:
    """ "the 14th": that day of the publication month, or of the month before."""
    day = int(_DAY_NUMBER.findall(text)[0])
    if not 1 <= day <= calendar.monthrange(published.year, published.month)[1]:
        return None
    found = _clamp_months(date(published.year, published.month, day), published, future=future)
    return _Window(found, found, "day", f"day of month, month from publication date {published}")


def _clamp_months(found: date, published: date, *, future: bool) -> date:
    step = 1 if future else -1
    while (found < published) if future else (found > published):
        found = _safe_date(*_shift_month(found, step), found.day)
    return found


def _clamp_years(found: date, published: date, *, future: bool) -> date:
    step = 1 if future else -1
    while (found < published) if future else (found > published):
        found = _safe_date(found.year + step, found.month, found.day)
    return found


def _coarse(text: str, *, published: date, future: bool) -> _Window | None:
    """ "March", "early March 2019", "2003": month or year windows."""
    core = re.sub(r"^(?:early|late|mid)[\s-]*", "", text, flags=re.IGNORECASE)
    if _HAS_YEAR.fullmatch(core):
        year = int(core)
        return _Window(date(year, 1, 1), date(year, 12, 31), "year", "explicit year")
    found = _dateparser_date(f"1 {core}", published)
    if found is None:
        return None
    if _HAS_YEAR.search(core):
        first, last = _month_window(found.year, found.month)
        return _Window(first, last, "month", "explicit month")
    year = found.year
    if not future and found.replace(day=1) > published:
        year -= 1
    elif future and _month_window(year, found.month)[1] < published:
        year += 1
    first, last = _month_window(year, found.month)
    return _Window(first, last, "month", f"month, year from publication date {published}")


def _span_back(count: str | None, unit: str, *, published: date) -> _Window:
    """ "over the past two months", "in recent weeks": a window ending on publication day."""
    key = (count or "one").lower()
    if key == "recent":
        number = _RECENT[unit]
    else:
        number = int(key) if key.isdigit() else _NUMBERS.get(key, 1)
    if unit == "month":
        year, month = _shift_month(published, -number)
        start = _safe_date(year, month, published.day)
    elif unit == "year":
        start = _safe_date(published.year - number, published.month, published.day)
    else:
        start = published - timedelta(days=number * (7 if unit == "week" else 1))
    why = f"window of {number} {unit}(s) back from publication date {published}"
    return _Window(start, published, _UNITS[unit], why)


def _safe_date(year: int, month: int, day: int) -> date:
    """``date(year, month, day)`` with the day capped at the month's last day."""
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))
