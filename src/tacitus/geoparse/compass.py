"""Places named by a compass word alone: "North", "Eastern", "Central", "South East".

Such a word in English text is nearly always a direction or a part of a longer name ("the
West", "East Bank", "Central High School"), seldom Cameroon's North region or the town of
Central, Louisiana. A region so named is a candidate only where the article is about its
country (the focus, or a country the article names); a town so named only where a name
after it says where it is ("West, Texas").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tacitus.gazetteer.normalize import normalize_name

if TYPE_CHECKING:
    from tacitus.gazetteer import Place

COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
    | {"central", "centre", "center", "northeast", "northwest", "southeast", "southwest"}
    | {"coast", "coastal", "midwest"}
)


def compass_name(key: str) -> bool:
    """Whether the folded name ``key`` is only compass words ("north west", "central")."""
    words = key.replace("-", " ").split()
    return bool(words) and all(w in COMPASS_WORDS for w in words)


def compass_allowed(
    place: Place, key: str, *, focus: str | None, countries: set[str], qualified: bool
) -> bool:
    """Whether ``place`` may stand for a toponym looked up as the folded ``key``. For a
    compass name only a place that bears it as its own name (not "West Delhi", nor
    Dornod, Mongolian for "eastern"): a region of the focus country or of a country the
    article names, a town whose qualifier holds it."""
    if not compass_name(key) or place.kind == "country":
        return True
    if normalize_name(place.name).replace("-", " ") != key.replace("-", " "):
        return False
    if place.kind == "city":
        return qualified
    return place.country is not None and (place.country == focus or place.country in countries)
