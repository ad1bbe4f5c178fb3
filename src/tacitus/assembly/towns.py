"""Towns an event happened in: ACLED codes one event per location.

"Demonstrations also took place in Mombasa and Kisumu" is two events; a frame whose
sentence puts it in towns far from those of an event told before is another event
("Elsewhere, young men blocked roads in Tripoli" after a rally in Beirut). The towns are
a frame's sites (the places its sentence puts it in, :func:`tacitus.linking.frames`),
not every place named near it ("a resident who fled to Ouahigouya").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

from tacitus.geodesy import haversine_km
from tacitus.pipeline.doc import Frame, PlaceMention

_LOCAL: Final = frozenset({"city", "landmark"})
APART_KM: Final = 50.0
"""Towns further apart than this are different event locations."""


def towns(frames: Iterable[Frame]) -> list[PlaceMention]:
    """The resolved towns and landmarks the frames happened in."""
    return [p for f in frames for p in f.sites if p.place is not None and p.place.kind in _LOCAL]


def _apart(a: PlaceMention, b: PlaceMention) -> bool:
    assert a.place is not None and b.place is not None
    return haversine_km(a.place.lat, a.place.lon, b.place.lat, b.place.lon) > APART_KM


def elsewhere(frames: Iterable[Frame], frame: Frame) -> bool:
    """True when ``frame`` names towns, the ``frames`` name towns, and all of the first
    lie far from all of the second."""
    mine, theirs = towns([frame]), towns(frames)
    if not mine or not theirs:
        return False
    return all(_apart(a, b) for a in mine for b in theirs)


def separate_towns(frame: Frame) -> list[PlaceMention]:
    """The frame's towns after the first that lie far from every town before them: one
    more event each ("in Mombasa and Kisumu" gives [Kisumu])."""
    kept: list[PlaceMention] = []
    for town in towns([frame]):
        if not kept or all(_apart(town, k) for k in kept):
            kept.append(town)
    return kept[1:]
