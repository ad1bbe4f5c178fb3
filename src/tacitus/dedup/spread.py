"""How far apart a canonical event's reports put it: the reach its profile keeps.

Reports of one event do not always place it alike: one resolves a namesake town, another
reads a victim's home town as the place. The canonical event takes the most precise place
reported, and a new report too far from that one place would be kept apart although it
agrees with another report. So a canonical event's profile also keeps the UCDP precision
whose radius holds every report's place around its own (``MatchProfile.spread``): stores
find a new report near any of them, and the matcher then asks that it agree with one
report's own place (``Matcher``), not merely fall inside the wider circle.
"""

from __future__ import annotations

from collections.abc import Iterable

from tacitus.dedup.limits import PLACE_RADIUS_KM
from tacitus.geodesy import haversine_km
from tacitus.records.event import Location


def place_spread(center: Location | None, places: Iterable[Location | None]) -> int | None:
    """The precision whose radius around ``center`` holds each of ``places`` with its own
    radius (the widest, 5, when none does); None when ``center``'s own radius holds them,
    or when it has no radius (a country, or no place)."""
    if center is None or center.lat is None or center.lon is None:
        return None
    own = PLACE_RADIUS_KM.get(center.precision.ucdp)
    if own is None:
        return None
    need = own
    for place in places:
        radius = None if place is None else PLACE_RADIUS_KM.get(place.precision.ucdp)
        if place is None or radius is None or place.lat is None or place.lon is None:
            continue
        need = max(need, haversine_km(center.lat, center.lon, place.lat, place.lon) + radius)
    if need <= own:
        return None
    widest = max(PLACE_RADIUS_KM)
    return next((p for p in sorted(PLACE_RADIUS_KM) if PLACE_RADIUS_KM[p] >= need), widest)
