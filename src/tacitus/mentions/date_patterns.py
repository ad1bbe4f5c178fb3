"""The regular expressions that find date expressions before any of them is resolved: points
("on Sunday", "Dec. 27"), coarse months and years, ranges, "since ..." and windows reaching
back from publication ("over the past two weeks"), plus the cues read around a match."""

from __future__ import annotations

import re
from typing import Literal

DateKind = Literal["point", "range", "since", "span_back"]

_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
    r"(?![A-Za-z])"
)
_ORD = r"\d{1,2}(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:19|20)\d{2}(?!\d|,\d)"
# A month in lower case ("11 march 2022") only counts with a day number and a year beside it.
_MON_ANY_CASE = (
    r"(?i:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)(?![A-Za-z])"
)
_PART = r"(?:morning|afternoon|evening|night)"
_NUMW = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_REL = (
    rf"(?i:today|tonight|tomorrow|yesterday(?:\s+{_PART})?|last\s+night|overnight"
    r"|this\s+(?:morning|afternoon|evening)"
    r"|(?:earlier|later)\s+(?:this|in\s+the)\s+(?:week|month|year)"
    r"|(?:this|last|next|past)\s+(?:week|month|year)"
    r"|(?:the\s+)?(?:start|beginning)\s+of\s+(?:the|this)\s+(?:week|month|year)"
    r"|(?:the|this|last|next|past)\s+weekend"
    rf"|(?:{_NUMW}|(?:a\s+)?(?:few|several))\s+(?:day|week|month|year)s?\s+ago)(?![a-z])"
)
_POINT = (
    rf"(?:{_REL}|{_MON}\s+{_ORD}(?:,?\s+{_YEAR})?|{_ORD}\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR})?"
    rf"|{_ORD}\s+(?:of\s+)?{_MON_ANY_CASE},?\s+{_YEAR}|{_MON_ANY_CASE}\s+{_ORD},?\s+{_YEAR}"
    rf"|{_YEAR},\s+{_MON}\s+{_ORD}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|the\s+\d{{1,2}}(?:st|nd|rd|th)(?![a-z])"
    rf"|(?:(?i:late|early)\s+(?:on\s+)?)?(?:(?i:last|this|next|past)\s+)?{_WD}"
    rf"(?:(?:,?\s+{_MON}\s+{_ORD}|,?\s+{_ORD}\s+(?:of\s+)?{_MON})(?:,?\s+{_YEAR})?|\s+{_PART})?"
    r"|Christmas\s+(?:Day|Eve)|New\s+Year[’']s\s+(?:Day|Eve)|Boxing\s+Day)"
)
_COARSE = rf"(?:(?:(?i:early|late|mid)[\s-]*)?(?:{_MON}(?:\s+{_YEAR})?|{_YEAR}))"
_ANY = rf"(?:{_POINT}|{_COARSE})"

_TO = r"\s*(?:and|to|through|-|–)\s*"
_RANGE = re.compile(
    rf"\b(?i:between)\s+(?P<a>{_ANY})\s+and\s+(?P<b>{_ANY})"
    rf"|\b(?i:from)\s+(?P<a2>{_ANY})\s+(?:to|until|till|through)\s+(?P<b2>{_ANY})"
    rf"|\b(?:(?i:on|in|during)\s+)?(?P<m3>{_MON})\s+(?P<d3>{_ORD}){_TO}(?P<e3>{_ORD})(?:,?\s+(?P<y3>{_YEAR}))?"
    rf"|\b(?:(?i:on|in|during)\s+)?(?P<d4>{_ORD}){_TO}(?P<e4>{_ORD})\s+(?:of\s+)?(?P<m4>{_MON})(?:,?\s+(?P<y4>{_YEAR}))?"
    rf"|\b(?i:on)\s+(?P<a5>{_WD})\s+(?:and|or|to|through)\s+(?P<b5>{_WD})(?!\s+{_PART})\b"
    rf"|\b(?i:overnight\s+(?:into|to))\s+(?P<b6>{_WD})\b"
)
"""Ranges: "between Friday and Sunday", "from May 3 to May 7", two days of one month
("March 3 and 4", "12-14 May 2023"), two weekdays ("on Tuesday and Wednesday") and a night
ending on a weekday ("overnight into Wednesday": the evening before to that morning)."""
_SINCE = re.compile(rf"\b(?i:since)\s+(?P<a>{_ANY})")
_SPAN_BACK = re.compile(
    r"\b(?i:(?:over|in|during|for|within)\s+the\s+(?:past|last)\s+"
    r"(?:(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|few"
    r"|several|couple\s+of)\s+)?(?P<unit>day|week|month|year)s?"
    r"|in\s+recent\s+(?P<unit2>day|week|month|year)s)\b"
)
_POINT_RE = re.compile(rf"(?:\b(?i:on|in|during|by|of)\s+)?(?<![\w-])(?P<a>{_POINT})")
_COARSE_RE = re.compile(rf"\b(?i:in|during|by|of|until|before)\s+(?P<a>{_COARSE})")
# A month named as the last, this or next one, with no preposition: "killed in riots last
# March", "elections due next October".
_NAMED_MONTH_RE = re.compile(rf"\b(?P<a>(?i:last|this|next)\s+{_MON})(?!\s*\d)")
FUTURE_CUE = re.compile(
    r"\b(?i:will|shall|plans?\s+to|planned|planning|scheduled|expected\s+to|set\s+to"
    r"|(?:is|are)\s+due\s+to|going\s+to|intends?\s+to|vowed\s+to|threatened\s+to|upcoming)\b"
    r"|'ll\b"
    # what someone said would happen is to come ("said they would hold a rally on Saturday")
    r"|\b(?i:said|says|announced)\s+(?:that\s+)?(?:[\w'-]+\s+){0,4}?(?i:would)\s+(?!have\b)"
    # a call for protests or a strike is for a day to come ("called for new protests on Sunday")
    r"|\b(?i:call(?:ed|s|ing)?\s+(?:for\s+)?(?:\w+\s+){0,3}"
    r"(?:protests?|demonstrations?|march(?:es)?|rall(?:y|ies)|strikes?|sit-ins?))\b"
)
# A sentence ends at a stop (closing quotes or brackets may follow it) or a paragraph break.
SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s|\n\s*\n")
# A date right after a reporting verb dates the report, not the event: "officials said Monday".
REPORTING_BEFORE = re.compile(
    r"\b(?:said|says|saying|told\s+(?:\w+\s+){0,2}?|announced|announcing|reported|reporting"
    r"|added|adding|stated|confirmed|confirming|claimed|claiming|tweeted|wrote"
    r"|said\s+in\s+a\s+statement)\s*$",
    re.IGNORECASE,
)
LEADING_PREP = re.compile(r"^(?:on|in|during|by|of|until|before)\s+", re.IGNORECASE)
_PATTERNS: tuple[tuple[re.Pattern[str], DateKind], ...] = (
    (_RANGE, "range"),
    (_SINCE, "since"),
    (_SPAN_BACK, "span_back"),
    (_POINT_RE, "point"),
    (_COARSE_RE, "point"),
    (_NAMED_MONTH_RE, "point"),
)


_BARE_WEEKDAY = re.compile(_WD)
_NAME_AFTER = re.compile(rf"\s+(?!{_MON}|{_WD})[A-Z][a-z]")


def part_of_name(match: re.Match[str]) -> bool:
    """A bare weekday before a capitalised word is part of a name, not a date: "the Sunday
    Leader editor", "a Sunday Times report" (a date has its preposition: "on Sunday Police
    ..." stays a date)."""
    bare = _BARE_WEEKDAY.fullmatch(match.group(0)) is not None
    return bare and _NAME_AFTER.match(match.string, match.end()) is not None


def candidates(text: str) -> list[tuple[re.Match[str], DateKind]]:
    """Non-overlapping candidate matches in ``text``, longest first where they overlap."""
    found: list[tuple[re.Match[str], DateKind]] = []
    for pattern, kind in _PATTERNS:
        found.extend((m, kind) for m in pattern.finditer(text) if not part_of_name(m))
    found.sort(key=lambda item: (item[0].start(), -(item[0].end() - item[0].start())))
    chosen: list[tuple[re.Match[str], DateKind]] = []
    last_end = -1
    for match, kind in found:
        if match.start() >= last_end:
            chosen.append((match, kind))
            last_end = match.end()
    return chosen
