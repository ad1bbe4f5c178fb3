"""Towns named as sports teams: "against Louisville", "the Portland Trail Blazers".

A sports story calls a team by its home ("Houston beat Portland"), and the teams that
make the news play in great cities: the Portland of the Trail Blazers is Oregon's, even
in a story whose other places lie in Texas, where a small Portland also stands. So a
name the story uses for a team (a team's nickname after it, or an opponent's slot before
it: "against", "beat", "series with") leans to the largest city of that name, when it is
a big city of the article's own country and far larger than its namesakes there (the
London of the Knights, in an Ontario story, is no English capital). The article names
the same team alike each
time, so one team use marks every mention of the name. A story is a sports story when it
says at least two of the sports words the event typing knows ("season", "coach", ...).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tacitus.coding.cues import SPORTS
from tacitus.gazetteer.normalize import normalize_name
from tacitus.geoparse.candidates import lookup_name
from tacitus.pipeline.doc import PlaceMention

if TYPE_CHECKING:
    from tacitus.gazetteer import Place

# A team's home this large, and this many times larger than every namesake, is what its
# name means in a sports story; what it gains there.
TEAM_CITY_POPULATION = 200_000
TEAM_RATIO = 3
TEAM_BONUS = 6.0
TEAM_REASON = "the great city a sports story's team is named for"
# Distinct sports words that make a story a sports story.
MIN_SPORTS_WORDS = 2
# The words before an opponent: "against Louisville", "outlasted Portland".
_OPPONENT = re.compile(
    r"\b(?:against|beat|beats|beating|defeated|defeating|outlasted|edged|routed|swept|"
    r"series with|loss to|win over|victory over)\s+(?:the\s+)?$"
)
# A team's nickname after its home: " Trail Blazers", " Bisons" (capitalised, plural).
_NICKNAME = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?([A-Z][a-z]+s)\b")
# Plural capitalised words that end place names or institutions, never a nickname.
_NOT_NICKNAMES = frozenset(
    {"Heights", "Springs", "Falls", "Hills", "Mills", "Woods", "Lakes", "Plains", "Islands"}
    | {"Schools", "Police", "Services", "Courts", "Parks", "Gardens", "Studios", "Airlines"}
    | {"Times", "News", "Streets", "Roads", "Counties", "States", "Islanders"}
)
_WORDS = re.compile(r"[a-z]+(?:-[a-z]+)?")


def team_names(mentions: list[PlaceMention], text: str | None) -> set[int]:
    """The ids of the mentions whose name a sports story uses for a team."""
    if text is None or not _sports_story(text):
        return set()
    keys = {_key(m) for m in mentions if _team_use(m, text)}
    return {id(m) for m in mentions if _key(m) in keys}


def team_bonus(place: Place, found: list[Place], key: str, home: str | None) -> float:
    """What the great city bearing a team's name gains over its namesakes in the
    article's country ``home``."""
    if home is None or place.country != home or place.kind != "city":
        return 0.0
    if place.population < TEAM_CITY_POPULATION or normalize_name(place.name) != key:
        return 0.0
    rivals = [
        c.population
        for c in found
        if c is not place and c.country == home and normalize_name(c.name) == key
    ]
    if any(r * TEAM_RATIO > place.population for r in rivals):
        return 0.0
    return TEAM_BONUS


def _key(mention: PlaceMention) -> str:
    return normalize_name(lookup_name(mention.text))


def _sports_story(text: str) -> bool:
    words = set(_WORDS.findall(text.lower()))
    return len(words & SPORTS) >= MIN_SPORTS_WORDS


def _team_use(mention: PlaceMention, text: str) -> bool:
    if _OPPONENT.search(text[max(0, mention.start - 20) : mention.start]):
        return True
    nickname = _NICKNAME.match(text, mention.end)
    return nickname is not None and nickname.group(1) not in _NOT_NICKNAMES
