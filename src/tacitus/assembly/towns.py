"""Towns an event happened in: ACLED codes one event per location.

"Demonstrations also took place in Mombasa and Kisumu" is two events; a frame whose
sentence puts it in towns far from those of an event told before is another event
("Elsewhere, young men blocked roads in Tripoli" after a rally in Beirut), and so is one
in a neighbouring town of another name (looting in Giza after a march in Cairo). The
towns are a frame's sites (the places its sentence puts it in,
:func:`tacitus.linking.frames`), not every place named near it ("a resident who fled to
Ouahigouya").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from tacitus.gazetteer.place import Place
from tacitus.geodesy import haversine_km
from tacitus.pipeline.doc import Frame, PlaceMention

_LOCAL: Final = frozenset({"city", "landmark"})
APART_KM: Final = 50.0
"""Towns further apart than this are different event locations."""
NEIGHBOUR_KM: Final = 3.0
"""Two towns of different names further apart than this are different event locations
too (a suburb town beside a capital: ACLED codes each named town as its own location);
nearer, they are one place named twice (a city and a quarter of it)."""


def towns(frames: Iterable[Frame]) -> list[PlaceMention]:
    """The resolved towns and landmarks the frames happened in."""
    return [p for f in frames for p in f.sites if p.place is not None and p.place.kind in _LOCAL]


def _town_name(place: Place) -> str:
    """The town a place is in: a landmark's city, a town's own name."""
    return (place.city if place.kind == "landmark" and place.city else place.name).lower()


def _apart(a: PlaceMention, b: PlaceMention) -> bool:
    assert a.place is not None and b.place is not None
    km = haversine_km(a.place.lat, a.place.lon, b.place.lat, b.place.lon)
    if km > APART_KM:
        return True
    return km > NEIGHBOUR_KM and _town_name(a.place) != _town_name(b.place)


def elsewhere(frames: Iterable[Frame], frame: Frame) -> bool:
    """True when ``frame`` names towns, the ``frames`` name towns, and all of the first
    lie far from all of the second; or when the two put their events in regions
    (provinces, states) none of which they share: an attack "in Kiremba commune in Ngozi
    province" and a grenade thrown "in a bar in Bujumbura" the same night are two events
    even where the gazetteer lacks Kiremba."""
    frames = list(frames)
    mine, theirs = towns([frame]), towns(frames)
    if mine and theirs:
        return all(_apart(a, b) for a in mine for b in theirs)
    my_regions, their_regions = _regions([frame]), _regions(frames)
    return bool(my_regions and their_regions) and not my_regions & their_regions


_REGIONAL: Final = frozenset({"landmark", "city", "admin2", "admin1"})


def _regions(frames: Iterable[Frame]) -> set[tuple[str, str]]:
    """The admin-1 regions (country, region) of the places the frames happened in."""
    return {
        (p.place.country, p.place.admin1)
        for f in frames
        for p in f.sites
        if p.place is not None and p.place.kind in _REGIONAL and p.place.country and p.place.admin1
    }


def separate_towns(frame: Frame) -> list[PlaceMention]:
    """The frame's towns after the first that lie far from every town before them: one
    more event each ("in Mombasa and Kisumu" gives [Kisumu])."""
    kept: list[PlaceMention] = []
    for town in towns([frame]):
        if not kept or all(_apart(town, k) for k in kept):
            kept.append(town)
    return kept[1:]
