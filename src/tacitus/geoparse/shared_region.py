"""The admin-1 region an article's names have in common.

Local news names small places that have namesakes in many states: "Watertown", "Delano",
"Elgin" and "Scott County" in one story each exist in several states, but only Minnesota
holds all four. The region where the most distinct names have a candidate (a place in
it, or the region itself) is the story's region when at least two names share it and no
other region holds as many. There a name's namesake that bears the name as its own gains
over the others, the more so the more other names share the region, unless the name is
well known elsewhere: a country, a region's own name, a national capital or a city of a
million ("Washington", "California", "Houston" keep their meaning in a story about
south-western Pennsylvania). A town's name with "City" after it is the same name
("Dublin City Council" and "Dublin" are one name, not two that meet in Ireland).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tacitus.gazetteer.normalize import normalize_name
from tacitus.geoparse.candidates import lookup_name

if TYPE_CHECKING:
    from tacitus.gazetteer import Place
    from tacitus.pipeline.doc import PlaceMention

# Feature codes of places that lie in no admin-1 region of their own.
_NOT_ADMIN = frozenset({"PCLI", "PCLD", "RGN", "CONT", "OCN", "SEA"})
SHARED_MIN_NAMES = 2
# What a namesake in the shared region gains for each other name there, up to a few.
SHARED_BONUS = 1.25
SHARED_MAX_OTHERS = 4
# A city this large or a capital keeps its name against small namesakes.
WELL_KNOWN_POPULATION = 1_000_000
_CAPITALS = frozenset({"PPLC"})

_Region = tuple[str, str]


@dataclass(frozen=True, slots=True)
class SharedRegion:
    """The region the article's names have in common and the names (folded) that have a
    candidate in it."""

    region: _Region
    keys: frozenset[str]

    def bonus(self, place: Place, found: Sequence[Place], key: str) -> float:
        """What ``place`` gains among ``found`` as the reading of the name ``key``: lying
        in the shared region under its own name, when another name shares the region and
        ``key`` is not well known elsewhere."""
        others = len(self.keys - {same_name(key)})
        if region_of(place) != self.region or not others:
            return 0.0
        if not _bears(place, key) or _known_elsewhere(found, self.region, key):
            return 0.0
        return SHARED_BONUS * min(others, SHARED_MAX_OTHERS)


def _known_elsewhere(found: Sequence[Place], region: _Region, key: str) -> bool:
    """Whether the name ``key`` is well known outside ``region``: one of its candidates
    there is a country, a region of that very name, a national capital or a city of a
    million."""
    return any(region_of(c) != region and _well_known(c, key) for c in found)


def _well_known(place: Place, key: str) -> bool:
    if place.kind == "country" or place.feature_code in _CAPITALS:
        return True
    if place.kind == "admin1":
        return normalize_name(place.name) == key
    return place.kind == "city" and place.population >= WELL_KNOWN_POPULATION


def _bears(place: Place, key: str) -> bool:
    """Whether the place's own name is ``key`` or starts with it ("Scott County")."""
    own = normalize_name(place.name)
    return own == key or own.startswith(key + " ")


def same_name(key: str) -> str:
    """The folded name ``key`` counted as one name with its town: "Dublin City" is
    "Dublin" ("Dublin City Council" names no other place than "Dublin" does)."""
    name = key.removesuffix(" city")
    return name or key


def region_of(place: Place) -> _Region | None:
    """The admin-1 region ``place`` lies in (an admin-1 region is its own)."""
    if place.country is None or place.kind == "country" or place.feature_code in _NOT_ADMIN:
        return None
    name = place.name if place.kind == "admin1" else place.admin1
    return (place.country, name) if name else None


def shared_region(
    distinct: Sequence[PlaceMention], cands: Mapping[int, list[Place]]
) -> SharedRegion | None:
    """The region where most of ``distinct`` (one mention per name) have a candidate, if
    at least :data:`SHARED_MIN_NAMES` do and no other region has as many. A name well
    known outside a region does not vote for it ("Cairo" for Cairo, New York)."""
    holders: dict[_Region, set[str]] = {}
    for mention in distinct:
        key = normalize_name(lookup_name(mention.text))
        found = cands[id(mention)]
        for region in {region_of(place) for place in found}:
            if region is not None and not _known_elsewhere(found, region, key):
                holders.setdefault(region, set()).add(same_name(key))
    ranked = sorted(holders.items(), key=lambda item: -len(item[1]))
    if not ranked or len(ranked[0][1]) < SHARED_MIN_NAMES:
        return None
    if len(ranked) > 1 and len(ranked[1][1]) == len(ranked[0][1]):
        return None
    return SharedRegion(ranked[0][0], frozenset(ranked[0][1]))
