"""Find the wire-style dateline that opens a news body: "BAGHDAD, Dec 31 (Reuters) -".

Recognised shapes, at the start of the body or on the line after a title line:

- ``PLACE, DATE (OUTLET) -``  e.g. "MOGADISHU, March 3 (Tacitus Wire) —"
- ``PLACE (OUTLET) —``        e.g. "KABUL (AP) —"
- ``Place, Region — ``        e.g. "Beirut, Lebanon — "

An all-capitals place may have up to six words; a title-case place needs every word
capitalised and at most four words per part, so an ordinary sentence interrupted by a dash
("Protesters gathered — ") is not taken for a dateline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tacitus.mentions.dates import resolve_date

__all__ = ["Dateline", "find_dateline"]


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline: where (and maybe when and by whom) the story was filed."""

    place: str
    date: date | None
    outlet: str | None
    start: int
    end: int


_CAPS_WORD = r"[A-Z][A-Z.'’\-]*"
_TITLE_WORD = r"(?:[A-Z][a-zA-Z.'’\-]*|al-[A-Z][a-z]+|de|del|el|la|of)"
_CAPS_PLACE = rf"{_CAPS_WORD}(?:\s{_CAPS_WORD}){{0,5}}"
_TITLE_PART = rf"[A-Z][a-zA-Z.'’\-]*(?:\s{_TITLE_WORD}){{0,3}}"
_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_DATE = rf"{_MONTH}\s+\d{{1,2}}(?:,\s*(?:19|20)\d{{2}})?"
_DATELINE = re.compile(
    rf"[ \t]*(?P<place>{_CAPS_PLACE}|{_TITLE_PART})"
    rf"(?:,\s*(?P<region>{_TITLE_PART}|{_CAPS_PLACE}))??"
    rf"(?:,\s*(?P<date>{_DATE}))?"
    r"\s*(?:\((?P<outlet>[^()\n]{1,40})\))?"
    r"\s*(?:-{1,2}|—|–)[ \t]*"
)


def find_dateline(text: str, *, published: date | None) -> Dateline | None:
    """The dateline at the start of ``text`` (or just after a title line), if any.

    ``published`` supplies the year for a dateline date without one; without it such a
    date is left as ``None``.
    """
    for offset in _line_starts(text):
        found = _dateline_at(text, offset, published=published)
        if found is not None:
            return found
    return None


def _line_starts(text: str) -> list[int]:
    """Offset of the first non-blank line, and of the one after it (past a title)."""
    starts: list[int] = []
    position = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            starts.append(position)
            if len(starts) == 2:
                break
        position += len(line)
    return starts


def _dateline_at(text: str, offset: int, *, published: date | None) -> Dateline | None:
    match = _DATELINE.match(text, offset)
    if match is None or not _plausible(match):
        return None
    place = match.group("place")
    if match.group("region"):
        place = f"{place}, {match.group('region')}"
    start = offset + len(match.group(0)) - len(match.group(0).lstrip())
    return Dateline(
        place=place,
        date=_dateline_date(match.group("date"), published=published),
        outlet=match.group("outlet").strip() if match.group("outlet") else None,
        start=start,
        end=match.end(),
    )


def _plausible(match: re.Match[str]) -> bool:
    """A title-case place needs a date, an outlet or a region to count as a dateline."""
    if match.group("place").isupper():
        return True
    return any(match.group(name) for name in ("region", "date", "outlet"))


def _dateline_date(text: str | None, *, published: date | None) -> date | None:
    if text is None:
        return None
    if published is None:
        year = re.search(r"(?:19|20)\d{2}", text)
        if year is None:
            return None
        published = date(int(year.group(0)), 12, 31)
    resolved = resolve_date(text, published=published)
    return resolved.start_date if resolved is not None else None
