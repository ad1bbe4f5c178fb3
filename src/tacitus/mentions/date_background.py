"""Dates that name the start of a longer story rather than an event of the report.

In "detained more than 2,900 people since the Feb. 1 coup", "missing since her abduction on
March 3" or "after the Oct. 4 killing of a protester", the date belongs to an event named
inside a *since*, *after* or *following* phrase: an earlier event that the report looks back
on, which the clause around it only measures time from. Such a date is background for the
clause's own event. "since March 13" with the date as the direct object stays the start of
the clause's own state ("missing since March 13") and is no background cue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["BackgroundPhrase", "background_phrase"]

# "since" with at most eight words before the date and no clause break (no comma); "after" and
# "following" only with a noun phrase ("after the coup on Feb. 1", "following his Oct. 4
# arrest"), since "arrested after he spoke on Monday" may date the arrest itself.
_CUE = re.compile(
    r"\b(?P<cue>since|after|following)\s+"
    r"(?P<gap>(?:[\w’'.,-]+\s+){0,8}?)$",
    re.IGNORECASE,
)
_NOUN_PHRASE = re.compile(r"^(?:the|a|an|his|her|their|its|this|that)\s", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:!?\"“”()]|\.\s")
_LOOK_BACK = 120


@dataclass(frozen=True, slots=True)
class BackgroundPhrase:
    """The *since*/*after*/*following* phrase that holds a date, and its cue word."""

    cue: str
    start: int
    end: int


def background_phrase(text: str, start: int, end: int) -> BackgroundPhrase | None:
    """The phrase making the date at ``text[start:end]`` background, or None.

    The date must follow its cue word within the same clause, with at least one word between
    them (the date is inside a noun phrase or clause, not the cue's own object).
    """
    window_start = max(0, start - _LOOK_BACK)
    before = text[window_start:start]
    found = _CUE.search(before)
    if found is None:
        return None
    gap = found.group("gap")
    cue = found.group("cue").lower()
    if not gap.strip() or _CLAUSE_BREAK.search(gap):
        return None
    if cue != "since" and not _NOUN_PHRASE.match(gap):
        return None
    if re.fullmatch(r"(?:(?:on|in|of)\s+)?", gap.strip(), re.IGNORECASE):
        return None
    return BackgroundPhrase(cue=cue, start=window_start + found.start(), end=end)
