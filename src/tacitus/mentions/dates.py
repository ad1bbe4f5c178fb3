"""Find date expressions in news text and resolve them against the publication date.

Candidates are located with compiled regular expressions (:mod:`.date_patterns`); only then
is ``dateparser`` asked (it is slow), and its answers are cached on ``(expression,
publication date)``. dateparser runs with ``PREFER_DATES_FROM='current_period'``: with
``'past'`` a Tuesday article saying "on Tuesday" would resolve a week back. Its answer is then
clamped so that a weekday, "the 14th" or "Dec 27" never lands after the publication date,
unless the sentence speaks of the future.

Resolvers, tried in order: relative to publication (:mod:`.date_relative`), weekdays
(:mod:`.date_weekdays`), holidays and written-out dates, then months and years
(:mod:`.date_explicit`). In "between Friday and Sunday" the end is resolved first and the
start before it. A day written without a year in a sentence that already named an earlier
year takes that year ("seized on 3 May 2011, and on June 9 his body was found").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from tacitus.mentions.date_background import background_phrase
from tacitus.mentions.date_calendar import HAS_YEAR, Precision, Window, coarser
from tacitus.mentions.date_explicit import coarse, explicit, holiday
from tacitus.mentions.date_patterns import (
    FUTURE_CUE,
    LEADING_PREP,
    REPORTING_BEFORE,
    SENTENCE_END,
    DateKind,
    candidates,
)
from tacitus.mentions.date_relative import ago, relative, span_back
from tacitus.mentions.date_tweets import embedded_posts
from tacitus.mentions.date_weekdays import weekday

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
    background: str | None = None
    """The cue ("since", "after", "following") of a phrase that makes this date background:
    it dates an earlier event the clause measures time from ("since the Feb. 1 coup")."""


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
    the same sentence; ``True`` / ``False`` force the direction for every mention. Inside an
    embedded post ("... — Name (@handle) March 12, 2022") dates count from the post's date.
    """
    posts = embedded_posts(text)
    mentions: list[DateMention] = []
    for match, kind in candidates(text):
        is_future = future if future is not None else is_future_context(text, match.start())
        post = next((p for p in posts if p.start <= match.start() < p.end), None)
        written = post.posted if post is not None else published
        mention = _resolve_match(match, kind, published=written, future=is_future)
        if mention is not None and not is_future:
            mention = _in_year_told(mention, match, kind, mentions)
        if mention is not None:
            mentions.append(mention)
    return mentions


def _in_year_told(
    mention: DateMention, match: re.Match[str], kind: DateKind, before: list[DateMention]
) -> DateMention:
    """A day written without a year in a sentence that has already named a past year
    takes that year ("abducted on 3 May 2011, and on June 9 his body was found"; "the
    first raid in 2018 came on March 4"), not the publication's."""
    by_publication = "year from publication" in mention.reason
    if kind != "point" or mention.precision != "day" or not by_publication:
        return mention
    starts = [m.end() for m in SENTENCE_END.finditer(match.string, 0, match.start())]
    sentence_start = starts[-1] if starts else 0
    told = [
        m
        for m in before
        if m.start >= sentence_start and m.kind == "point" and HAS_YEAR.search(m.text)
    ]
    if not told or told[-1].start_date.year >= mention.start_date.year:
        return mention
    year = told[-1].start_date.year
    again = _resolve_match(match, kind, published=date(year, 12, 31), future=False)
    if again is None or again.start_date.year != year:
        return mention
    why = f"{again.reason.split(',')[0]}, year named before it in the sentence ({year})"
    return replace(again, reason=why)


def is_future_context(text: str, position: int) -> bool:
    """Whether the sentence holding ``position`` has a future cue before that position."""
    starts = [m.end() for m in SENTENCE_END.finditer(text, 0, position)]
    sentence_start = starts[-1] if starts else 0
    return FUTURE_CUE.search(text, sentence_start, position) is not None


def _resolve_match(
    match: re.Match[str], kind: DateKind, *, published: date, future: bool
) -> DateMention | None:
    if kind == "range":
        window = _range(match, published=published, future=future)
    elif kind == "span_back":
        recent = match.group("unit2")
        count = "recent" if recent else match.group("n")
        window = span_back(count, (recent or match.group("unit")).lower(), published=published)
    else:
        window = _resolve_expression(match.group("a"), published=published, future=future)
        if window is not None and kind == "since":
            end = max(published, window.start)
            window = Window(window.start, end, window.precision, f"since: {window.reason}")
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
        reported=REPORTING_BEFORE.search(match.string, 0, match.start()) is not None,
        background=_background_cue(match, kind),
    )


def _background_cue(match: re.Match[str], kind: DateKind) -> str | None:
    if kind != "point":
        return None
    phrase = background_phrase(match.string, match.start(), match.end())
    return phrase.cue if phrase is not None else None


def _range_ends(match: re.Match[str]) -> tuple[str, str]:
    """The first and last day of a range as two expressions ("March 3 and 4": "March 3",
    "March 4")."""
    for month, first, last, year in (("m3", "d3", "e3", "y3"), ("m4", "d4", "e4", "y4")):
        if match.group(month):
            suffix = f" {match.group(year)}" if match.group(year) else ""
            name = match.group(month)
            return f"{name} {match.group(first)}{suffix}", f"{name} {match.group(last)}{suffix}"
    if match.group("a5"):
        return match.group("a5"), match.group("b5")
    return match.group("a") or match.group("a2"), match.group("b") or match.group("b2")


def _range(match: re.Match[str], *, published: date, future: bool) -> Window | None:
    if match.group("b6"):
        return _night_into(match.group("b6"), published=published, future=future)
    first, last = _range_ends(match)
    end = _resolve_expression(last, published=published, future=future)
    if end is None:
        return None
    start = _resolve_expression(first, published=end.end, future=False)
    if start is None or start.start > end.end:
        return None
    precision = coarser(start.precision, end.precision)
    reason = f"range: from {start.reason}; to {end.reason}"
    return Window(start.start, end.end, precision, reason)


def _night_into(name: str, *, published: date, future: bool) -> Window | None:
    """ "overnight into Wednesday": the night runs from Tuesday evening to Wednesday morning,
    so both days (the weekday alone would lose the evening the violence began)."""
    morning = _resolve_expression(name, published=published, future=future)
    if morning is None:
        return None
    reason = f"night ending on {morning.reason}"
    return Window(morning.start - timedelta(days=1), morning.end, "day", reason)


@lru_cache(maxsize=4096)
def _resolve_expression(expression: str, *, published: date, future: bool) -> Window | None:
    """Resolve one expression (no leading preposition needed) to a calendar window."""
    text = " ".join(LEADING_PREP.sub("", expression.strip()).split())
    lowered = text.lower()
    for resolver in (relative, ago, weekday, holiday, explicit):
        window = resolver(lowered, published=published, future=future)
        if window is not None:
            return window
    return coarse(text, published=published, future=future)
